#include "app/gui/undo/UndoMacro.h"

#include "app/gui/BankDocument.h"

namespace sb::gui {

UndoMacro::UndoMacro(BankDocument& document, const QString& text) : m_document(document)
{
    m_document.undoStack().beginMacro(text);
}

UndoMacro::~UndoMacro()
{
    QUndoStack& stack = m_document.undoStack();
    stack.endMacro();
    const QUndoCommand* macro = stack.command(stack.index() - 1);
    if (macro && macro->childCount() == 0) {
        // An obsolete command is deleted when undone, without running its undo().
        const_cast<QUndoCommand*>(macro)->setObsolete(true);
        stack.undo();
    }
}

} // namespace sb::gui

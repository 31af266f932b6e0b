#include "app/gui/BankDocument.h"

namespace sb::gui {

BankDocument::BankDocument(std::unique_ptr<Bank> bank, QObject* parent)
    : QObject(parent), m_bank(std::move(bank))
{
}

BankDocument::~BankDocument()
{
    // Commands refer to the bank; drop them first.
    m_undoStack.clear();
}

bool BankDocument::push(QUndoCommand* command)
{
    m_writeFailed = false;
    m_undoStack.push(command);
    return !m_writeFailed;
}

void BankDocument::setPendingEdits(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    emit saveStateChanged(pending ? tr("Saving…") : tr("All changes saved"));
}

void BankDocument::reportWriteFailure(const QString& message)
{
    m_writeFailed = true;
    emit saveStateChanged(tr("Not saved"));
    emit writeFailed(message);
}

} // namespace sb::gui

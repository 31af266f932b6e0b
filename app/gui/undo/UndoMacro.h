#pragma once

#include <QString>

namespace sb::gui {

class BankDocument;

// Makes the commands pushed while it lives one step to undo. A step left empty because its
// first write failed is dropped rather than left in the history as a step that does nothing.
class UndoMacro {
public:
    UndoMacro(BankDocument& document, const QString& text);
    ~UndoMacro();
    UndoMacro(const UndoMacro&) = delete;
    UndoMacro& operator=(const UndoMacro&) = delete;

private:
    BankDocument& m_document;
};

} // namespace sb::gui

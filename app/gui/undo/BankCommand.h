#pragma once

#include "app/gui/BankDocument.h"

#include <QUndoCommand>

#include <functional>

namespace sb::gui {

// Base of every undo command: runs a write on the document's bank and, when the bank refuses it
// (disk full, bank busy), reports the message and marks itself obsolete so the stack drops it
// instead of pretending the change happened.
class BankCommand : public QUndoCommand {
public:
    BankCommand(BankDocument& document, const QString& text);

protected:
    bool run(const std::function<void(Bank&)>& write);
    BankDocument& m_document;
};

} // namespace sb::gui

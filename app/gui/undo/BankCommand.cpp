#include "app/gui/undo/BankCommand.h"

#include "core/BankError.h"

namespace sb::gui {

BankCommand::BankCommand(BankDocument& document, const QString& text) : m_document(document)
{
    setText(text);
}

bool BankCommand::run(const std::function<void(Bank&)>& write)
{
    try {
        write(m_document.bank());
        return true;
    } catch (const BankError& error) {
        setObsolete(true);
        m_document.reportWriteFailure(error);
        return false;
    }
}

} // namespace sb::gui

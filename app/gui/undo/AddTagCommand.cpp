#include "app/gui/undo/AddTagCommand.h"

#include <QCoreApplication>

namespace sb::gui {

AddTagCommand::AddTagCommand(BankDocument& document, const QString& name)
    : BankCommand(
        document, QCoreApplication::translate("sb::gui::AddTagCommand", "New tag “%1”").arg(name)),
      m_tag {TagId(), name.trimmed(), QString()}
{
}

void AddTagCommand::redo()
{
    run([this](Bank& bank) {
        if (m_tag.id.isValid())
            bank.restoreTag(m_tag);
        else
            m_tag.id = bank.addTag(m_tag);
    });
}

void AddTagCommand::undo()
{
    run([this](Bank& bank) { bank.removeTag(m_tag.id); });
}

} // namespace sb::gui

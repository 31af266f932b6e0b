#include "app/gui/undo/DismissCoachCommand.h"

#include <QCoreApplication>

namespace sb::gui {

DismissCoachCommand::DismissCoachCommand(BankDocument& document, StoryId story, QString rule)
    : BankCommand(document,
        QCoreApplication::translate("sb::gui::DismissCoachCommand", "Dismiss Coach Advice")),
      m_story(story), m_rule(std::move(rule))
{
}

void DismissCoachCommand::redo()
{
    run([this](Bank& bank) { bank.dismissCoachRule(m_story, m_rule); });
}

void DismissCoachCommand::undo()
{
    run([this](Bank& bank) { bank.restoreCoachRule(m_story, m_rule); });
}

} // namespace sb::gui

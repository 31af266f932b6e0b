#include "app/gui/undo/RemoveStoryCommand.h"

#include <QCoreApplication>

namespace sb::gui {

RemoveStoryCommand::RemoveStoryCommand(BankDocument& document, StoryId story)
    : BankCommand(document, QString()), m_story(document.bank().story(story).value_or(Story {})),
      m_links(document.bank().linksOfStory(story))
{
    setText(QCoreApplication::translate("sb::gui::RemoveStoryCommand", "Delete “%1”")
                .arg(m_story.title));
}

void RemoveStoryCommand::redo()
{
    run([this](Bank& bank) { bank.removeStory(m_story.id); });
}

void RemoveStoryCommand::undo()
{
    run([this](Bank& bank) { bank.restoreStory(m_story, m_links); });
}

} // namespace sb::gui

#include "app/gui/undo/AddStoryCommand.h"

#include <QCoreApplication>

namespace sb::gui {

AddStoryCommand::AddStoryCommand(BankDocument& document, Story story)
    : BankCommand(document, QCoreApplication::translate("sb::gui::AddStoryCommand", "New Story")),
      m_story(std::move(story))
{
}

void AddStoryCommand::redo()
{
    run([this](Bank& bank) {
        if (m_story.id.isValid()) {
            bank.restoreStory(m_story, {});
        } else {
            m_story.id = bank.addStory(m_story);
            m_story = *bank.story(m_story.id);
        }
    });
}

void AddStoryCommand::undo()
{
    run([this](Bank& bank) { bank.removeStory(m_story.id); });
}

} // namespace sb::gui

#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Story.h"
#include "core/model/StoryQuestionLink.h"

namespace sb::gui {

// Deletes a story; undo restores it with its id, tags, categories and links.
class RemoveStoryCommand : public BankCommand {
public:
    RemoveStoryCommand(BankDocument& document, StoryId story);

    void redo() override;
    void undo() override;

private:
    Story m_story;
    QList<StoryQuestionLink> m_links;
};

} // namespace sb::gui

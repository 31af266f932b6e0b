#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Story.h"

namespace sb::gui {

// Creates a story; undo removes it, redo brings it back with the same id.
class AddStoryCommand : public BankCommand {
public:
    AddStoryCommand(BankDocument& document, Story story);

    void redo() override;
    void undo() override;
    StoryId story() const { return m_story.id; }

private:
    Story m_story;
};

} // namespace sb::gui

#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Story.h"

namespace sb::gui {

// Any change to a story's own fields: redo writes `after`, undo writes `before` back.
class EditStoryCommand : public BankCommand {
public:
    EditStoryCommand(BankDocument& document, Story before, Story after, const QString& text);

    void redo() override;
    void undo() override;
    StoryId story() const { return m_after.id; }

private:
    Story m_before;
    Story m_after;
};

} // namespace sb::gui

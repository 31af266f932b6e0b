#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Id.h"

namespace sb::gui {

// Sets a coach finding aside for one story (the rule stays quiet for it); undo brings it back.
class DismissCoachCommand : public BankCommand {
public:
    DismissCoachCommand(BankDocument& document, StoryId story, QString rule);

    void redo() override;
    void undo() override;

private:
    StoryId m_story;
    QString m_rule;
};

} // namespace sb::gui

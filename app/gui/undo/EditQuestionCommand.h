#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Question.h"

namespace sb::gui {

// Any change to a question's own fields: redo writes `after`, undo writes `before` back.
class EditQuestionCommand : public BankCommand {
public:
    EditQuestionCommand(
        BankDocument& document, Question before, Question after, const QString& text);

    void redo() override;
    void undo() override;

private:
    Question m_before;
    Question m_after;
};

} // namespace sb::gui

#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Interview.h"
#include "core/model/Question.h"
#include "core/model/StoryQuestionLink.h"

// The undo commands that create and delete questions.

namespace sb::gui {

// Creates a question; redo after undo brings it back with the same id.
class AddQuestionCommand : public BankCommand {
public:
    AddQuestionCommand(BankDocument& document, const Question& question);

    void redo() override;
    void undo() override;
    QuestionId question() const { return m_question.id; }

private:
    Question m_question;
};

// Deletes a question; undo brings it back with its categories, the stories linked to it and its
// places in interviews (expected, planned for, told for).
class RemoveQuestionCommand : public BankCommand {
public:
    RemoveQuestionCommand(BankDocument& document, QuestionId question);

    void redo() override;
    void undo() override;

private:
    Question m_question;
    QList<StoryQuestionLink> m_links;
    QList<Interview> m_interviews; // those naming it, as they were before the delete
};

} // namespace sb::gui

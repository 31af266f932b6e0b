#pragma once

#include "app/gui/undo/BankCommand.h"
#include "app/gui/undo/EditRowCommand.h"
#include "core/model/Interview.h"

// The undo commands of the interviews section.

namespace sb::gui {

// Any edit of an interview: its fields and every list it holds, written whole.
using EditInterviewCommand = EditRowCommand<Interview, &Bank::updateInterview>;

// Creates an interview; redo after undo brings it back with the same id.
class AddInterviewCommand : public BankCommand {
public:
    AddInterviewCommand(BankDocument& document, const Interview& interview);

    void redo() override;
    void undo() override;
    InterviewId interview() const { return m_interview.id; }

private:
    Interview m_interview;
};

// Deletes an interview; undo brings it back with its id and everything planned for it.
class RemoveInterviewCommand : public BankCommand {
public:
    RemoveInterviewCommand(BankDocument& document, InterviewId interview);

    void redo() override;
    void undo() override;

private:
    Interview m_interview;
};

} // namespace sb::gui

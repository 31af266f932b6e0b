#include "app/gui/undo/EditQuestionCommand.h"

namespace sb::gui {

EditQuestionCommand::EditQuestionCommand(
    BankDocument& document, Question before, Question after, const QString& text)
    : BankCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditQuestionCommand::redo()
{
    run([this](Bank& bank) { bank.updateQuestion(m_after); });
}

void EditQuestionCommand::undo()
{
    run([this](Bank& bank) { bank.updateQuestion(m_before); });
}

} // namespace sb::gui

#include "app/gui/undo/EditStoryCommand.h"

namespace sb::gui {

EditStoryCommand::EditStoryCommand(
    BankDocument& document, Story before, Story after, const QString& text)
    : BankCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditStoryCommand::redo()
{
    run([this](Bank& bank) { bank.updateStory(m_after); });
}

void EditStoryCommand::undo()
{
    run([this](Bank& bank) { bank.updateStory(m_before); });
}

} // namespace sb::gui

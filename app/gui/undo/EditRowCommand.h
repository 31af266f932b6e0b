#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/Bank.h"

namespace sb::gui {

// Any change to one row's own fields (a story, a question, a tag, a category): redo writes `after`
// with the Bank's update function, undo writes `before` back. One template, so every "edit the
// fields" command behaves the same way.
template<typename Row, void (Bank::*Update)(const Row&)> class EditRowCommand : public BankCommand {
public:
    EditRowCommand(BankDocument& document, Row before, Row after, const QString& text)
        : BankCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override
    {
        run([this](Bank& bank) { (bank.*Update)(m_after); });
    }
    void undo() override
    {
        run([this](Bank& bank) { (bank.*Update)(m_before); });
    }

private:
    Row m_before;
    Row m_after;
};

using EditStoryCommand = EditRowCommand<Story, &Bank::updateStory>;
using EditQuestionCommand = EditRowCommand<Question, &Bank::updateQuestion>;
using EditTagCommand = EditRowCommand<Tag, &Bank::updateTag>; // rename, recolour
using EditCategoryCommand = EditRowCommand<Category, &Bank::updateCategory>;

} // namespace sb::gui

#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Category.h"

// The undo commands that create and delete categories.

namespace sb::gui {

// Creates a category; redo after undo brings it back with the same id.
class AddCategoryCommand : public BankCommand {
public:
    AddCategoryCommand(BankDocument& document, const Category& category);

    void redo() override;
    void undo() override;
    CategoryId category() const { return m_category.id; }

private:
    Category m_category;
};

// Deletes a category; undo files its questions and stories under it again.
class RemoveCategoryCommand : public BankCommand {
public:
    RemoveCategoryCommand(BankDocument& document, CategoryId category);

    void redo() override;
    void undo() override;

private:
    Category m_category;
    QList<QuestionId> m_questions;
    QList<StoryId> m_stories;
};

} // namespace sb::gui

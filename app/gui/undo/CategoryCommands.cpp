#include "app/gui/undo/CategoryCommands.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::CategoryCommands)
};

} // namespace

AddCategoryCommand::AddCategoryCommand(BankDocument& document, const Category& category)
    : BankCommand(document, Text::tr("New category “%1”").arg(category.name)), m_category(category)
{
    m_category.id = CategoryId();
}

void AddCategoryCommand::redo()
{
    run([this](Bank& bank) {
        if (m_category.id.isValid()) {
            bank.restoreCategory(m_category, {}, {});
        } else {
            m_category.id = bank.addCategory(m_category);
            m_category = bank.category(m_category.id).value_or(m_category); // with its position
        }
    });
}

void AddCategoryCommand::undo()
{
    run([this](Bank& bank) { bank.removeCategory(m_category.id); });
}

RemoveCategoryCommand::RemoveCategoryCommand(BankDocument& document, CategoryId category)
    : BankCommand(document, QString()),
      m_category(document.bank().category(category).value_or(Category {})),
      m_questions(document.bank().questionsInCategory(category)),
      m_stories(document.bank().storiesInCategory(category))
{
    setText(Text::tr("Delete category “%1”").arg(m_category.name));
}

void RemoveCategoryCommand::redo()
{
    run([this](Bank& bank) { bank.removeCategory(m_category.id); });
}

void RemoveCategoryCommand::undo()
{
    run([this](Bank& bank) { bank.restoreCategory(m_category, m_questions, m_stories); });
}

} // namespace sb::gui

#include "core/StarterCatalog.h"
#include "tests/support/TempBank.h"

#include <QSet>

namespace sb::test {
namespace {

TEST(StarterCatalogTest, HasAtLeastAHundredQuestionsInFifteenCategories)
{
    const StarterCatalog catalog = StarterCatalog::load();
    EXPECT_GE(catalog.categories.size(), 15);
    EXPECT_GE(catalog.questions.size(), 100);
}

TEST(StarterCatalogTest, EveryQuestionNamesOnlyKnownCategoriesAndIsUnique)
{
    const StarterCatalog catalog = StarterCatalog::load();
    QSet<QString> names;
    for (const Category& category : catalog.categories)
        names.insert(category.name.toCaseFolded());
    QSet<QString> texts;
    for (const StarterCatalog::Entry& entry : catalog.questions) {
        EXPECT_FALSE(entry.question.text.trimmed().isEmpty());
        EXPECT_FALSE(entry.categoryNames.isEmpty()) << entry.question.text.toStdString();
        for (const QString& name : entry.categoryNames)
            EXPECT_TRUE(names.contains(name.toCaseFolded())) << name.toStdString();
        EXPECT_FALSE(texts.contains(entry.question.text.toCaseFolded()))
            << "duplicate: " << entry.question.text.toStdString();
        texts.insert(entry.question.text.toCaseFolded());
    }
}

using StarterBankTest = TempBankTest;

TEST_F(StarterBankTest, NewBankStartsWithTheCatalogFiledByCategory)
{
    const auto bank = catalogBank();
    const StarterCatalog catalog = StarterCatalog::load();
    const BankStats stats = bank->stats();
    EXPECT_EQ(stats.categories, catalog.categories.size());
    EXPECT_EQ(stats.questions, catalog.questions.size());
    const auto conflict = bank->categoryNamed(QStringLiteral("Conflict"));
    ASSERT_TRUE(conflict.has_value());
    EXPECT_GE(bank->questionsInCategory(conflict->id).size(), 4);
    EXPECT_FALSE(bank->search(QStringLiteral("disagree")).isEmpty());
    EXPECT_TRUE(bank->problems().isEmpty());
}

TEST_F(StarterBankTest, EmptyBankHasNoCatalog)
{
    EXPECT_EQ(bank().stats().questions, 0);
    EXPECT_EQ(bank().stats().categories, 0);
}

} // namespace
} // namespace sb::test

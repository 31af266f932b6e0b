#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

using CategoryTest = TempBankTest;

Category named(const QString& name)
{
    Category category;
    category.name = name;
    category.description = QStringLiteral("About %1").arg(name);
    category.colour = QStringLiteral("#336699");
    return category;
}

TEST_F(CategoryTest, AddedCategoryReadsBackWithAllFields)
{
    const CategoryId id = bank().addCategory(named(QStringLiteral("Conflict")));
    const auto stored = bank().category(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, QStringLiteral("Conflict"));
    EXPECT_EQ(stored->description, QStringLiteral("About Conflict"));
    EXPECT_EQ(stored->colour, QStringLiteral("#336699"));
}

TEST_F(CategoryTest, NewCategoriesAreOrderedAfterExistingOnes)
{
    bank().addCategory(named(QStringLiteral("Zeta")));
    bank().addCategory(named(QStringLiteral("Alpha")));
    const QList<Category> all = bank().categories();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].name, QStringLiteral("Zeta"));
    EXPECT_EQ(all[1].name, QStringLiteral("Alpha"));
}

TEST_F(CategoryTest, NamesAreUniqueIgnoringCase)
{
    bank().addCategory(named(QStringLiteral("Leadership")));
    try {
        bank().addCategory(named(QStringLiteral("  leadership ")));
        FAIL() << "a second Leadership was accepted";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::Duplicate);
        EXPECT_TRUE(error.message().contains(QStringLiteral("Leadership")));
    }
    EXPECT_EQ(bank().categories().size(), 1);
}

TEST_F(CategoryTest, FindsByNameIgnoringCase)
{
    const CategoryId id = bank().addCategory(named(QStringLiteral("Problem Solving")));
    const auto found = bank().categoryNamed(QStringLiteral("problem solving"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, id);
}

TEST_F(CategoryTest, EmptyNameIsRefused)
{
    EXPECT_THROW(bank().addCategory(named(QStringLiteral("   "))), BankError);
    EXPECT_TRUE(bank().categories().isEmpty());
}

TEST_F(CategoryTest, UpdateRenamesAndKeepsId)
{
    const CategoryId id = bank().addCategory(named(QStringLiteral("Teamwork")));
    Category category = *bank().category(id);
    category.name = QStringLiteral("Collaboration");
    bank().updateCategory(category);
    EXPECT_EQ(bank().category(id)->name, QStringLiteral("Collaboration"));
}

TEST_F(CategoryTest, RenamingOntoAnotherCategorysNameIsRefused)
{
    bank().addCategory(named(QStringLiteral("Failure")));
    Category other = *bank().category(bank().addCategory(named(QStringLiteral("Ethics"))));
    other.name = QStringLiteral("FAILURE");
    EXPECT_THROW(bank().updateCategory(other), BankError);
    EXPECT_EQ(bank().category(other.id)->name, QStringLiteral("Ethics"));
}

TEST_F(CategoryTest, UpdatingOrRemovingAMissingCategoryReportsNoSuchItem)
{
    Category ghost = named(QStringLiteral("Ghost"));
    ghost.id = CategoryId(42);
    try {
        bank().updateCategory(ghost);
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::NoSuchItem);
    }
    EXPECT_THROW(bank().removeCategory(CategoryId(42)), BankError);
}

TEST_F(CategoryTest, RemovingACategoryUnlinksItsQuestionsAndStoriesWithoutDeletingThem)
{
    const CategoryId conflict = bank().addCategory(named(QStringLiteral("Conflict")));
    Question question;
    question.text = QStringLiteral("Tell me about a disagreement.");
    question.categories = {conflict};
    const QuestionId questionId = bank().addQuestion(question);
    Story story = sampleStory();
    story.categories = {conflict};
    const StoryId storyId = bank().addStory(story);

    bank().removeCategory(conflict);

    EXPECT_FALSE(bank().category(conflict).has_value());
    ASSERT_TRUE(bank().question(questionId).has_value());
    EXPECT_TRUE(bank().question(questionId)->categories.isEmpty());
    ASSERT_TRUE(bank().story(storyId).has_value());
    EXPECT_TRUE(bank().story(storyId)->categories.isEmpty());
    EXPECT_TRUE(bank().problems().isEmpty());
}

} // namespace
} // namespace sb::test

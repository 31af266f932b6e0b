#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

class QuestionTest : public TempBankTest {
protected:
    CategoryId category(const QString& name)
    {
        Category c;
        c.name = name;
        return bank().addCategory(c);
    }
};

TEST_F(QuestionTest, AddedQuestionReadsBackWithVariantsKindCategoriesAndNotes)
{
    const CategoryId conflict = category(QStringLiteral("Conflict"));
    const CategoryId teamwork = category(QStringLiteral("Teamwork"));
    Question q;
    q.text = QStringLiteral("Tell me about a time you disagreed with your manager.");
    q.variants = {QStringLiteral("Describe a conflict with a boss."),
        QStringLiteral("When did you push back on a decision?")};
    q.kind = QuestionKind::Behavioral;
    q.categories = {teamwork, conflict};
    q.notes = QStringLiteral("Show respect, data, and the outcome.");
    q.source = QStringLiteral("Recruiter screen");

    const QuestionId id = bank().addQuestion(q);
    const auto stored = bank().question(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->text, q.text);
    EXPECT_EQ(stored->variants, q.variants);
    EXPECT_EQ(stored->kind, QuestionKind::Behavioral);
    EXPECT_EQ(stored->categories, (QList<CategoryId> {teamwork, conflict})); // order kept
    EXPECT_EQ(stored->notes, q.notes);
    EXPECT_EQ(stored->source, q.source);
    EXPECT_TRUE(stored->created.isValid());
    EXPECT_TRUE(stored->updated.isValid());
}

TEST_F(QuestionTest, SummariesCarryIdTextKindAndCategoriesOfEveryQuestion)
{
    const CategoryId conflict = category(QStringLiteral("Conflict"));
    const CategoryId teamwork = category(QStringLiteral("Teamwork"));
    Question filed;
    filed.text = QStringLiteral("Tell me about a disagreement.");
    filed.kind = QuestionKind::Hypothetical;
    filed.categories = {teamwork, conflict};
    filed.variants = {QStringLiteral("A conflict?")};
    const QuestionId first = bank().addQuestion(filed);
    Question loose;
    loose.text = QStringLiteral("Why us?");
    loose.kind = QuestionKind::RoleFit;
    const QuestionId second = bank().addQuestion(loose);

    EXPECT_EQ(bank().questionSummaries(),
        (QList<QuestionSummary> {
            {first, filed.text, QuestionKind::Hypothetical, {teamwork, conflict}},
            {second, loose.text, QuestionKind::RoleFit, {}}}));
}

TEST_F(QuestionTest, EveryKindRoundTrips)
{
    for (QuestionKind kind :
        {QuestionKind::Behavioral, QuestionKind::Hypothetical, QuestionKind::RoleFit,
            QuestionKind::Technical, QuestionKind::AboutYou, QuestionKind::ToAsk}) {
        Question q;
        q.text = QStringLiteral("Question of kind %1").arg(toKey(kind));
        q.kind = kind;
        EXPECT_EQ(bank().question(bank().addQuestion(q))->kind, kind) << toKey(kind).toStdString();
    }
}

TEST_F(QuestionTest, UpdateReplacesVariantsAndCategories)
{
    const CategoryId a = category(QStringLiteral("A"));
    const CategoryId b = category(QStringLiteral("B"));
    Question q;
    q.text = QStringLiteral("Original");
    q.variants = {QStringLiteral("v1"), QStringLiteral("v2")};
    q.categories = {a};
    q = *bank().question(bank().addQuestion(q));

    q.text = QStringLiteral("Edited");
    q.variants = {QStringLiteral("only variant")};
    q.categories = {b};
    bank().updateQuestion(q);

    const Question stored = *bank().question(q.id);
    EXPECT_EQ(stored.text, QStringLiteral("Edited"));
    EXPECT_EQ(stored.variants, QStringList {QStringLiteral("only variant")});
    EXPECT_EQ(stored.categories, QList<CategoryId> {b});
    EXPECT_GE(stored.updated, stored.created);
}

TEST_F(QuestionTest, RepeatedCategoryIsStoredOnce)
{
    const CategoryId a = category(QStringLiteral("A"));
    Question q;
    q.text = QStringLiteral("Twice in the same category");
    q.categories = {a, a};
    EXPECT_EQ(bank().question(bank().addQuestion(q))->categories, QList<CategoryId> {a});
}

TEST_F(QuestionTest, EmptyTextIsRefusedAndNothingIsWritten)
{
    Question q;
    q.text = QStringLiteral(" \n ");
    EXPECT_THROW(bank().addQuestion(q), BankError);
    EXPECT_EQ(bank().stats().questions, 0);
}

TEST_F(QuestionTest, UnknownCategoryIsRefusedAndNothingIsWritten)
{
    Question q;
    q.text = QStringLiteral("Refers to a category that does not exist");
    q.categories = {CategoryId(999)};
    try {
        bank().addQuestion(q);
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::NoSuchItem);
    }
    EXPECT_EQ(bank().stats().questions, 0);
}

TEST_F(QuestionTest, QuestionsInCategoryListsExactlyThose)
{
    const CategoryId a = category(QStringLiteral("A"));
    const CategoryId b = category(QStringLiteral("B"));
    Question q1;
    q1.text = QStringLiteral("one");
    q1.categories = {a};
    Question q2;
    q2.text = QStringLiteral("two");
    q2.categories = {a, b};
    const QuestionId id1 = bank().addQuestion(q1);
    const QuestionId id2 = bank().addQuestion(q2);
    EXPECT_EQ(bank().questionsInCategory(a), (QList<QuestionId> {id1, id2}));
    EXPECT_EQ(bank().questionsInCategory(b), QList<QuestionId> {id2});
}

TEST_F(QuestionTest, RemovingAQuestionRemovesItsLinksButNotTheStory)
{
    Question q;
    q.text = QStringLiteral("Tell me about a failure.");
    const QuestionId questionId = bank().addQuestion(q);
    const StoryId storyId = bank().addStory(sampleStory());
    bank().link({storyId, questionId, LinkFit::Strong, QString()});

    bank().removeQuestion(questionId);

    EXPECT_FALSE(bank().question(questionId).has_value());
    EXPECT_TRUE(bank().story(storyId).has_value());
    EXPECT_TRUE(bank().linksOfStory(storyId).isEmpty());
    EXPECT_EQ(bank().stats().links, 0);
    EXPECT_THROW(bank().removeQuestion(questionId), BankError);
}

} // namespace
} // namespace sb::test

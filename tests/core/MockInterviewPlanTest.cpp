#include "core/practice/MockInterviewPlan.h"
#include "tests/support/TempBank.h"

#include <QRandomGenerator>
#include <QSet>

namespace sb::test {
namespace {

using practice::MockInterviewRequest;
using practice::MockQuestion;
using practice::planMockInterview;

// Issue 7, mock interview: which questions are asked, in which words.
class MockInterviewPlanTest : public TempBankTest {
protected:
    void SetUp() override
    {
        conflict = bank().addCategory({{}, QStringLiteral("Conflict"), {}, {}, 0});
        failure = bank().addCategory({{}, QStringLiteral("Failure"), {}, {}, 1});
        for (int i = 1; i <= 4; ++i)
            conflictQuestions.append(add(QStringLiteral("Conflict %1?").arg(i), conflict));
        failureQuestion = add(QStringLiteral("Tell me about a failure."), failure,
            {QStringLiteral("When did something you led go wrong?"),
                QStringLiteral("Describe a mistake you made.")});
        toAsk = add(QStringLiteral("What does success look like in this role?"), conflict, {},
            QuestionKind::ToAsk);
    }

    QuestionId add(const QString& text, CategoryId category, const QStringList& variants = {},
        QuestionKind kind = QuestionKind::Behavioral)
    {
        Question question;
        question.text = text;
        question.variants = variants;
        question.kind = kind;
        question.categories = {category};
        return bank().addQuestion(question);
    }

    QList<MockQuestion> plan(
        MockInterviewRequest request, quint32 seed, QDate today = QDate(2026, 12, 1))
    {
        QRandomGenerator random(seed);
        return planMockInterview(bank(), request, today, random);
    }

    CategoryId conflict, failure;
    QList<QuestionId> conflictQuestions;
    QuestionId failureQuestion, toAsk;
};

TEST_F(MockInterviewPlanTest, AsksEachQuestionOnceAndNeverTheCandidatesOwnQuestions)
{
    for (quint32 seed = 1; seed <= 50; ++seed) {
        const QList<MockQuestion> asked =
            plan({MockInterviewRequest::Source::AllQuestions, {}, 10}, seed);
        ASSERT_EQ(asked.size(), 5) << "five questions can be asked; the sixth is the candidate's";
        QSet<int64_t> ids;
        for (const MockQuestion& q : asked)
            ids.insert(q.question.value);
        EXPECT_EQ(ids.size(), 5);
        EXPECT_FALSE(ids.contains(toAsk.value));
    }
}

TEST_F(MockInterviewPlanTest, CategoriesLimitTheQuestionsAndCountCapsThem)
{
    QSet<int64_t> seen;
    for (quint32 seed = 1; seed <= 50; ++seed) {
        const QList<MockQuestion> asked =
            plan({MockInterviewRequest::Source::Categories, {conflict}, 2}, seed);
        ASSERT_EQ(asked.size(), 2);
        for (const MockQuestion& q : asked) {
            EXPECT_TRUE(conflictQuestions.contains(q.question));
            seen.insert(q.question.value);
        }
    }
    EXPECT_EQ(seen.size(), 4) << "every conflict question comes up in some sitting";
    EXPECT_TRUE(plan({MockInterviewRequest::Source::Categories, {}, 5}, 1).isEmpty());
}

TEST_F(MockInterviewPlanTest, TheWordingChangesBetweenTheQuestionAndItsVariants)
{
    const Question failureText = *bank().question(failureQuestion);
    QSet<QString> wordings;
    for (quint32 seed = 1; seed <= 60; ++seed) {
        const QList<MockQuestion> asked =
            plan({MockInterviewRequest::Source::Categories, {failure}, 1}, seed);
        ASSERT_EQ(asked.size(), 1);
        wordings.insert(asked.first().wording);
    }
    EXPECT_EQ(wordings,
        QSet<QString>({failureText.text, failureText.variants[0], failureText.variants[1]}));
}

TEST_F(MockInterviewPlanTest, DueTodayAsksOnlyQuestionsWhosePracticeHasCome)
{
    const StoryId story = bank().addStory(sampleStory());
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0));
    bank().logPractice({StoryId(), conflictQuestions[1]}, Recall::Again, 60, monday); // due Tue
    bank().logPractice({StoryId(), failureQuestion}, Recall::Good, 60, monday.addDays(1)); // Wed
    bank().logPractice({story, QuestionId()}, Recall::Again, 60, monday); // a story, not asked

    const QList<MockQuestion> tuesday =
        plan({MockInterviewRequest::Source::DueToday, {}, 5}, 7, QDate(2026, 12, 1));
    ASSERT_EQ(tuesday.size(), 1);
    EXPECT_EQ(tuesday.first().question, conflictQuestions[1]);
    EXPECT_EQ(
        plan({MockInterviewRequest::Source::DueToday, {}, 5}, 7, QDate(2026, 12, 2)).size(), 2);
    EXPECT_TRUE(
        plan({MockInterviewRequest::Source::DueToday, {}, 5}, 7, QDate(2026, 11, 30)).isEmpty());
}

TEST_F(MockInterviewPlanTest, AnInterviewAsksTheQuestionsExpectedThere)
{
    Interview interview;
    interview.company = QStringLiteral("Acme");
    interview.questions = {failureQuestion, conflictQuestions[2], toAsk};
    const InterviewId id = bank().addInterview(interview);

    MockInterviewRequest request {MockInterviewRequest::Source::Interview, {}, 10};
    request.interview = id;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QSet<QuestionId> asked;
        for (const MockQuestion& q : plan(request, seed))
            asked.insert(q.question);
        // The candidate's own question to ask is expected there, but never asked of them.
        EXPECT_EQ(asked, (QSet<QuestionId> {failureQuestion, conflictQuestions[2]}));
    }
    request.interview = InterviewId(id.value + 1);
    EXPECT_TRUE(plan(request, 1).isEmpty());
}

} // namespace
} // namespace sb::test

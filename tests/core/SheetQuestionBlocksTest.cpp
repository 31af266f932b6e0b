#include "core/sheet/SheetQuestionBlocks.h"

#include <gtest/gtest.h>

namespace sb::test {
namespace {

Question question(int id, QuestionKind kind, const QString& text, const QString& notes = {})
{
    Question q;
    q.id = QuestionId(id);
    q.kind = kind;
    q.text = text;
    q.notes = notes;
    return q;
}

TEST(SheetQuestionBlocksTest, PitchIsTheAboutYouQuestionThatAsksAboutYourself)
{
    const QList<Question> questions {
        question(1, QuestionKind::AboutYou, QStringLiteral("Why this company?"),
            QStringLiteral("Mission")),
        question(2, QuestionKind::Behavioral, QStringLiteral("Tell me about yourself as a lead"),
            QStringLiteral("not about-you kind")),
        question(3, QuestionKind::AboutYou, QStringLiteral("Walk me through your CV")),
        question(4, QuestionKind::AboutYou, QStringLiteral("Tell me about YOURSELF."),
            QStringLiteral("  Ten years of mobile.  ")),
    };
    const auto pitch = SheetQuestionBlocks::pitchQuestion(questions);
    ASSERT_TRUE(pitch.has_value());
    EXPECT_EQ(pitch->id, QuestionId(4));
}

TEST(SheetQuestionBlocksTest, PitchFallsBackToTheFirstAboutYouQuestionWithNotes)
{
    const QList<Question> questions {
        question(1, QuestionKind::AboutYou, QStringLiteral("Tell me about yourself"),
            QStringLiteral("   ")),
        question(2, QuestionKind::AboutYou, QStringLiteral("Walk me through your CV"),
            QStringLiteral("Three jobs")),
        question(3, QuestionKind::AboutYou, QStringLiteral("Why us?"), QStringLiteral("Mission")),
    };
    const auto pitch = SheetQuestionBlocks::pitchQuestion(questions);
    ASSERT_TRUE(pitch.has_value());
    EXPECT_EQ(pitch->id, QuestionId(2));
    EXPECT_FALSE(SheetQuestionBlocks::pitchQuestion({questions[0]}).has_value());
}

TEST(SheetQuestionBlocksTest, PreparedAnswersAreUnansweredQuestionsWithNotesInOrder)
{
    const QList<Question> questions {
        question(1, QuestionKind::RoleFit, QStringLiteral("Why this role?"),
            QStringLiteral(" Growth \n")),
        question(2, QuestionKind::Behavioral, QStringLiteral("A conflict?"),
            QStringLiteral("told by a story")),
        question(3, QuestionKind::ToAsk, QStringLiteral("What does success look like?"),
            QStringLiteral("ask early")),
        question(4, QuestionKind::AboutYou, QStringLiteral("Tell me about yourself"),
            QStringLiteral("pitch")),
        question(5, QuestionKind::Technical, QStringLiteral("No notes")),
        question(6, QuestionKind::Hypothetical, QStringLiteral("What  would you do?"),
            QStringLiteral("Listen first")),
    };
    const QList<SheetAnswer> answers =
        SheetQuestionBlocks::preparedAnswers(questions, {QuestionId(2)}, QuestionId(4));
    EXPECT_EQ(answers,
        (QList<SheetAnswer> {{QStringLiteral("Why this role?"), QStringLiteral("Growth")},
            {QStringLiteral("What would you do?"), QStringLiteral("Listen first")}}));
}

TEST(SheetQuestionBlocksTest, AtMostSixPreparedAnswers)
{
    QList<Question> questions;
    for (int i = 1; i <= 9; ++i)
        questions << question(
            i, QuestionKind::RoleFit, QStringLiteral("Q%1").arg(i), QStringLiteral("A%1").arg(i));
    const QList<SheetAnswer> answers =
        SheetQuestionBlocks::preparedAnswers(questions, {}, std::nullopt);
    ASSERT_EQ(answers.size(), SheetQuestionBlocks::kMaxPreparedAnswers);
    EXPECT_EQ(answers.last().question, QStringLiteral("Q6"));
}

TEST(SheetQuestionBlocksTest, QuestionsToAskWithNotesComeFirstAtMostFive)
{
    QList<Question> questions {
        question(1, QuestionKind::ToAsk, QStringLiteral("Plain 1")),
        question(2, QuestionKind::Behavioral, QStringLiteral("Not to ask"), QStringLiteral("x")),
        question(3, QuestionKind::ToAsk, QStringLiteral("Prepared 1"), QStringLiteral("why")),
        question(4, QuestionKind::ToAsk, QStringLiteral("Plain 2")),
        question(5, QuestionKind::ToAsk, QStringLiteral("Prepared 2"), QStringLiteral("why")),
    };
    EXPECT_EQ(SheetQuestionBlocks::questionsToAsk(questions),
        (QStringList {QStringLiteral("Prepared 1"), QStringLiteral("Prepared 2"),
            QStringLiteral("Plain 1"), QStringLiteral("Plain 2")}));
    for (int i = 6; i <= 9; ++i)
        questions << question(i, QuestionKind::ToAsk, QStringLiteral("More %1").arg(i));
    const QStringList asked = SheetQuestionBlocks::questionsToAsk(questions);
    ASSERT_EQ(asked.size(), SheetQuestionBlocks::kMaxQuestionsToAsk);
    EXPECT_EQ(asked.last(), QStringLiteral("More 6"));
}

} // namespace
} // namespace sb::test

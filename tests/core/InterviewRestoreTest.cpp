// Undoing the deletion of an interview puts it back as it was, with its id, so the later steps
// of the history that name it still fit.

#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

class InterviewRestoreTest : public TempBankTest {
protected:
    void SetUp() override
    {
        Question question;
        question.text = QStringLiteral("Tell me about a failure.");
        failure = bank().addQuestion(question);
        launch = bank().addStory(sampleStory(QStringLiteral("Launch rescue")));
        mentor = bank().addStory(sampleStory(QStringLiteral("Mentoring Sam")));
        Interview made;
        made.company = QStringLiteral("Acme");
        made.questions = {failure};
        made.plan = {{failure, launch}, {failure, mentor}};
        made.told = {{mentor, failure, QStringLiteral("1"), QStringLiteral("Dana")}};
        made.values = {{QStringLiteral("Ownership"), QString(), {launch, mentor}}};
        id = bank().addInterview(made);
    }

    QuestionId failure;
    StoryId launch, mentor;
    InterviewId id;
};

TEST_F(InterviewRestoreTest, ARemovedInterviewComesBackWithItsIdAndLists)
{
    const Interview before = *bank().interview(id);
    bank().removeInterview(id);
    EXPECT_EQ(bank().restoreInterview(before), id);
    const Interview back = *bank().interview(id);
    EXPECT_EQ(back.plan, before.plan);
    EXPECT_EQ(back.told, before.told);
    EXPECT_EQ(back.values, before.values);
}

TEST_F(InterviewRestoreTest, StoriesDeletedSinceAreLeftOut)
{
    const Interview before = *bank().interview(id);
    bank().removeInterview(id);
    bank().removeStory(mentor);
    bank().restoreInterview(before);
    const Interview back = *bank().interview(id);
    EXPECT_EQ(back.plan, (QList<PlannedStory> {{failure, launch}}));
    EXPECT_TRUE(back.told.isEmpty());
    EXPECT_EQ(back.values.first().stories, QList<StoryId> {launch});
}

TEST_F(InterviewRestoreTest, AnIdInUseIsRefusedAndAddingIgnoresTheIdItIsGiven)
{
    const Interview existing = *bank().interview(id);
    EXPECT_THROW(bank().restoreInterview(existing), BankError);
    const InterviewId copy = bank().addInterview(existing);
    EXPECT_NE(copy, id) << "a copy is a new interview";
    EXPECT_EQ(bank().interviews().size(), 2);
}

} // namespace
} // namespace sb::test

// An interview is written whole: its expected questions, planned and told stories, questions to
// ask, company values and pitch come back as written, and follow the stories and questions
// they name.

#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

class InterviewPlanTest : public TempBankTest {
protected:
    QuestionId addQuestion(const QString& text)
    {
        Question question;
        question.text = text;
        return bank().addQuestion(question);
    }

    // An interview with something in every field and every list.
    Interview fullInterview()
    {
        const StoryId launch = bank().addStory(sampleStory(QStringLiteral("Launch rescue")));
        const StoryId mentor = bank().addStory(sampleStory(QStringLiteral("Mentoring Sam")));
        const QuestionId failure = addQuestion(QStringLiteral("Tell me about a failure."));
        const QuestionId growth = addQuestion(QStringLiteral("How do you grow people?"));
        Interview i;
        i.company = QStringLiteral("Acme «Labs» 🚀");
        i.role = QStringLiteral("Staff Engineer");
        i.level = QStringLiteral("L6");
        i.scheduled = QDateTime(QDate(2026, 12, 8), QTime(10, 30), Qt::UTC);
        i.stage = QStringLiteral("onsite loop");
        i.interviewers = QStringLiteral("Dana (EM), Lee");
        i.notes = QStringLiteral("Lingo: 'pods'.\nJob description pasted here.");
        i.questions = {growth, failure};
        i.plan = {{failure, launch}, {growth, mentor}, {growth, launch}};
        i.told = {{launch, failure, QStringLiteral("phone screen"), QStringLiteral("Dana")},
            {mentor, QuestionId(), QStringLiteral("round 2"), QString()}};
        i.asks = {QStringLiteral("What does success look like in 6 months?"),
            QStringLiteral("How are on-call weeks shared?")};
        i.values = {{QStringLiteral("Customer obsession"),
                        QStringLiteral("Start from the customer"), {launch}},
            {QStringLiteral("Bias for action"), QString(), {}},
            {QStringLiteral("Hire and develop"), QString(), {mentor, launch}}};
        i.pitch = {QStringLiteral("Backend engineer who fixes fires."),
            QStringLiteral("Cut checkout latency by 40%."),
            QStringLiteral("A staff role at Acme.")};
        return i;
    }
};

TEST_F(InterviewPlanTest, EveryFieldAndListComesBackAsWritten)
{
    Interview written = fullInterview();
    written.id = bank().addInterview(written);

    const Interview stored = *bank().interview(written.id);
    written.created = stored.created;
    written.updated = stored.updated;
    EXPECT_EQ(stored, written);
    ASSERT_EQ(bank().interviews().size(), 1);
    EXPECT_EQ(bank().interviews().first(), stored);
}

TEST_F(InterviewPlanTest, AnUpdateReplacesEveryList)
{
    const InterviewId id = bank().addInterview(fullInterview());
    Interview edited = *bank().interview(id);
    edited.questions.removeFirst();
    edited.plan = {edited.plan.first()};
    edited.told.clear();
    edited.asks = {QStringLiteral("Only one question now")};
    edited.values.removeLast();
    edited.pitch = {};
    bank().updateInterview(edited);

    const Interview stored = *bank().interview(id);
    EXPECT_EQ(stored.questions, edited.questions);
    EXPECT_EQ(stored.plan, edited.plan);
    EXPECT_TRUE(stored.told.isEmpty());
    EXPECT_EQ(stored.asks, edited.asks);
    EXPECT_EQ(stored.values, edited.values);
    EXPECT_TRUE(stored.pitch.isEmpty());
}

TEST_F(InterviewPlanTest, NamingAStoryOrQuestionNotInTheBankIsRefusedAndWritesNothing)
{
    Interview interview = fullInterview();
    interview.plan.append({interview.questions.first(), StoryId(999)});
    try {
        bank().addInterview(interview);
        FAIL() << "a plan naming story 999 was accepted";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::NoSuchItem);
        EXPECT_TRUE(error.message().contains(QStringLiteral("999")))
            << error.message().toStdString();
    }
    EXPECT_TRUE(bank().interviews().isEmpty());

    interview = fullInterview();
    interview.questions.append(QuestionId(777));
    EXPECT_THROW(bank().addInterview(interview), BankError);
    EXPECT_TRUE(bank().interviews().isEmpty());
}

TEST_F(InterviewPlanTest, AnInterviewNeedsACompany)
{
    Interview interview;
    interview.role = QStringLiteral("Engineer");
    EXPECT_THROW(bank().addInterview(interview), BankError);
}

TEST_F(InterviewPlanTest, PlanStoryExpectsTheQuestionOnceAndPlansTheStoryOnce)
{
    Interview interview;
    interview.company = QStringLiteral("Initech");
    const InterviewId id = bank().addInterview(interview);
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId question = addQuestion(QStringLiteral("Why us?"));

    bank().planStory(id, question, story);
    bank().planStory(id, question, story);

    const Interview stored = *bank().interview(id);
    EXPECT_EQ(stored.questions, QList<QuestionId> {question});
    EXPECT_EQ(stored.plan, (QList<PlannedStory> {{question, story}}));
    EXPECT_THROW(bank().planStory(id, question, StoryId(404)), BankError);
    EXPECT_THROW(bank().planStory(InterviewId(55), question, story), BankError);
}

TEST_F(InterviewPlanTest, ARemovedStoryLeavesThePlanTheTellingsAndTheValues)
{
    const InterviewId id = bank().addInterview(fullInterview());
    const StoryId launch = bank().interview(id)->plan.first().story;
    bank().removeStory(launch);

    const Interview stored = *bank().interview(id);
    for (const PlannedStory& planned : stored.plan)
        EXPECT_NE(planned.story, launch);
    for (const StoryTelling& told : stored.told)
        EXPECT_NE(told.story, launch);
    for (const CompanyValue& value : stored.values)
        EXPECT_FALSE(value.stories.contains(launch)) << value.name.toStdString();
    EXPECT_EQ(stored.values.size(), 3); // the values themselves stay, now perhaps gaps
}

TEST_F(InterviewPlanTest, RemovingAnInterviewRemovesItsListsAndPitch)
{
    const InterviewId id = bank().addInterview(fullInterview());
    bank().removeInterview(id);
    Interview fresh;
    fresh.company = QStringLiteral("Next Co");
    const InterviewId next = bank().addInterview(fresh);
    const Interview stored = *bank().interview(next);
    EXPECT_TRUE(stored.values.isEmpty());
    EXPECT_TRUE(stored.pitch.isEmpty());
    EXPECT_TRUE(stored.plan.isEmpty());
}

TEST_F(InterviewPlanTest, TheDefaultPitchIsKeptApartFromInterviewsPitches)
{
    EXPECT_TRUE(bank().defaultPitch().isEmpty());
    const Pitch general {QStringLiteral("I build reliable systems."),
        QStringLiteral("Led a rewrite."), QStringLiteral("A team that ships.")};
    QList<BankChange> changes;
    QObject::connect(&bank(), &Bank::changed, [&](const BankChange& c) { changes.append(c); });
    bank().setDefaultPitch(general);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().entity, BankChange::Entity::Pitch);

    const InterviewId id = bank().addInterview(fullInterview());
    EXPECT_EQ(bank().defaultPitch(), general);
    EXPECT_NE(bank().interview(id)->pitch, general);

    bank().setDefaultPitch({QStringLiteral("Shorter."), {}, {}});
    EXPECT_EQ(bank().defaultPitch().who, QStringLiteral("Shorter."));
    EXPECT_EQ(bank().defaultPitch().text(), QStringLiteral("Shorter."));
    bank().setDefaultPitch({});
    EXPECT_TRUE(bank().defaultPitch().isEmpty());
}

TEST(PitchText, PartsAreParagraphsAndEmptyPartsAreLeftOut)
{
    const Pitch pitch {QStringLiteral("  Who. "), QStringLiteral(" "), QStringLiteral("Next.")};
    EXPECT_EQ(pitch.text(), QStringLiteral("Who.\n\nNext."));
    EXPECT_FALSE(pitch.isEmpty());
    EXPECT_TRUE((Pitch {QStringLiteral(" "), QStringLiteral("\n"), {}}).isEmpty());
}

TEST(PitchText, AVariantTakesEachPartItLeavesEmptyFromTheFallback)
{
    const Pitch standard {
        QStringLiteral("Who."), QStringLiteral("Highlights."), QStringLiteral("Seeking.")};
    const Pitch variant {QString(), QStringLiteral(" "), QStringLiteral("Acme's platform team.")};
    EXPECT_EQ(variant.filledFrom(standard),
        (Pitch {QStringLiteral("Who."), QStringLiteral("Highlights."),
            QStringLiteral("Acme's platform team.")}));
    EXPECT_EQ(Pitch().filledFrom(standard), standard);
    EXPECT_EQ(standard.filledFrom(Pitch()), standard);
}

} // namespace
} // namespace sb::test

// The cheat sheet for one interview: the stories planned for its expected questions, in its
// order; the best linked stories for a question nothing is planned for; its own pitch and
// questions to ask first; its company, role and date as the heading.

#include "core/sheet/SheetComposer.h"

#include "tests/support/TempBank.h"

#include <QLocale>

namespace sb::test {
namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class SheetInterviewTest : public TempBankTest {
protected:
    CategoryId addCategory(const QString& name)
    {
        Category category;
        category.name = name;
        return bank().addCategory(category);
    }

    StoryId addStory(const QString& title, int confidence = 3, int impact = 3,
        const QList<CategoryId>& categories = {}, StoryStatus status = StoryStatus::Ready)
    {
        Story story;
        story.title = title;
        story.confidence = confidence;
        story.impact = impact;
        story.categories = categories;
        story.status = status;
        story.cues = {title + s(" cue")};
        return bank().addStory(story);
    }

    QuestionId addQuestion(const QString& text, const QList<CategoryId>& categories = {},
        QuestionKind kind = QuestionKind::Behavioral, const QString& notes = {})
    {
        Question question;
        question.text = text;
        question.categories = categories;
        question.kind = kind;
        question.notes = notes;
        return bank().addQuestion(question);
    }

    InterviewId addInterview(const QList<QuestionId>& expected = {})
    {
        Interview interview;
        interview.company = s("Acme");
        interview.role = s("Staff engineer");
        interview.questions = expected;
        return bank().addInterview(interview);
    }

    CheatSheet sheetFor(InterviewId interview, SheetRequest request = {})
    {
        request.interview = interview;
        return SheetComposer::compose(bank(), request);
    }

    static QStringList categoryNames(const CheatSheet& sheet)
    {
        QStringList names;
        for (const SheetCategory& category : sheet.categories)
            names << category.name;
        return names;
    }

    static QStringList titlesUnder(const CheatSheet& sheet, const QString& name)
    {
        QStringList titles;
        for (const SheetCategory& category : sheet.categories) {
            if (category.name != name)
                continue;
            for (const SheetStory& story : category.stories)
                titles << story.title;
        }
        return titles;
    }

    static QStringList allTitles(const CheatSheet& sheet)
    {
        QStringList titles;
        for (const SheetCategory& category : sheet.categories) {
            for (const SheetStory& story : category.stories)
                titles << story.title;
        }
        return titles;
    }
};

TEST_F(SheetInterviewTest, PlannedStoriesAreChosenOverBetterLinkedOnesThatAreNotPlanned)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const QuestionId question = addQuestion(s("A disagreement?"), {conflict});
    const StoryId planned = addStory(s("Planned, unsure"), 1, 1);
    const StoryId better = addStory(s("Strong, sure, big"), 5, 5, {conflict});
    addStory(s("Filed only"), 5, 5, {conflict});
    bank().link({better, question, LinkFit::Strong, QString()});
    bank().link({planned, question, LinkFit::Partial, QString()});
    const InterviewId interview = addInterview();
    bank().planStory(interview, question, planned);

    const CheatSheet sheet = sheetFor(interview);
    EXPECT_EQ(categoryNames(sheet), QStringList {s("Conflict")});
    EXPECT_EQ(allTitles(sheet), QStringList {s("Planned, unsure")});
    EXPECT_EQ(sheet.categories[0].id, conflict);
    EXPECT_EQ(sheet.categories[0].stories[0].cues, QStringList {s("Planned, unsure cue")});

    // The same bank without the interview ranks the better story first, as before.
    EXPECT_EQ(
        SheetComposer::compose(bank(), {}).categories[0].stories[0].title, s("Strong, sure, big"));
}

TEST_F(SheetInterviewTest, StoriesFollowTheInterviewsQuestionOrderNotTheBanks)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    const QuestionId quarrel = addQuestion(s("A quarrel?"), {conflict});
    const QuestionId pushback = addQuestion(s("Pushback?"), {conflict});
    const QuestionId flop = addQuestion(s("A flop?"), {failure});
    const StoryId a = addStory(s("A quarrel story"), 5, 5);
    const StoryId b = addStory(s("B pushback story"), 5, 5);
    const StoryId c = addStory(s("C flop story"));
    const StoryId d = addStory(s("D second flop story"));
    const InterviewId interview = addInterview({flop, pushback, quarrel});
    bank().planStory(interview, quarrel, a);
    bank().planStory(interview, flop, d);
    bank().planStory(interview, pushback, b);
    bank().planStory(interview, flop, c);

    const CheatSheet sheet = sheetFor(interview);
    EXPECT_EQ(categoryNames(sheet), (QStringList {s("Failure"), s("Conflict")}));
    // Per question in the interview's order, and per question in the order they were planned.
    EXPECT_EQ(titlesUnder(sheet, s("Failure")),
        (QStringList {s("D second flop story"), s("C flop story")}));
    EXPECT_EQ(titlesUnder(sheet, s("Conflict")),
        (QStringList {s("B pushback story"), s("A quarrel story")}));
}

TEST_F(SheetInterviewTest, PlannedStoriesAreShownWhateverTheirStatusAndAreNotCut)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const QuestionId question = addQuestion(s("A disagreement?"), {conflict});
    const InterviewId interview = addInterview();
    for (int i = 1; i <= 4; ++i)
        bank().planStory(interview, question,
            addStory(QStringLiteral("Draft %1").arg(i), 3, 3, {}, StoryStatus::Draft));

    SheetRequest request;
    request.storiesPerCategory = 1;
    EXPECT_EQ(titlesUnder(sheetFor(interview, request), s("Conflict")).size(), 4);
}

TEST_F(SheetInterviewTest, AnExpectedQuestionWithNothingPlannedGetsItsBestLinkedStories)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    const QuestionId flop = addQuestion(s("A flop?"), {failure});
    const QuestionId quarrel = addQuestion(s("A quarrel?"), {conflict});
    const StoryId planned = addStory(s("Planned for the flop"), 5, 5);
    const StoryId strong = addStory(s("Strong"), 2, 2);
    const StoryId strongSure = addStory(s("Strong and sure"), 5, 2);
    const StoryId partial = addStory(s("Partial"), 5, 5);
    const StoryId draft = addStory(s("Strong draft"), 5, 5, {}, StoryStatus::Draft);
    addStory(s("Filed, not linked"), 5, 5, {conflict});
    for (const StoryId story : {planned, strong, strongSure, draft})
        bank().link({story, quarrel, LinkFit::Strong, QString()});
    bank().link({partial, quarrel, LinkFit::Partial, QString()});
    const InterviewId interview = addInterview({quarrel, flop});
    bank().planStory(interview, flop, planned);

    SheetRequest request;
    request.storiesPerCategory = 2;
    const CheatSheet sheet = sheetFor(interview, request);
    // Ranked as the sheet ranks a category (fit, confidence, impact), without drafts and
    // without the story planned for another question.
    EXPECT_EQ(categoryNames(sheet), (QStringList {s("Conflict"), s("Failure")}));
    EXPECT_EQ(titlesUnder(sheet, s("Conflict")), (QStringList {s("Strong and sure"), s("Strong")}));
    EXPECT_EQ(titlesUnder(sheet, s("Failure")), QStringList {s("Planned for the flop")});

    request.readyOnly = false;
    EXPECT_EQ(titlesUnder(sheetFor(interview, request), s("Conflict")),
        (QStringList {s("Strong draft"), s("Strong and sure")}));
}

TEST_F(SheetInterviewTest, StoriesForQuestionsWithoutACategoryComeLastUnderOtherStories)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const QuestionId whyUs = addQuestion(s("Why Acme?"));
    const QuestionId quarrel = addQuestion(s("A quarrel?"), {conflict});
    const InterviewId interview = addInterview({whyUs, quarrel});
    bank().planStory(interview, whyUs, addStory(s("Used the product for years")));
    bank().planStory(interview, quarrel, addStory(s("Quarrel")));

    const CheatSheet sheet = sheetFor(interview);
    EXPECT_EQ(categoryNames(sheet), (QStringList {s("Conflict"), s("Other stories")}));
    EXPECT_FALSE(sheet.categories.last().id.isValid());
    EXPECT_EQ(
        titlesUnder(sheet, s("Other stories")), QStringList {s("Used the product for years")});
}

TEST_F(SheetInterviewTest, AStoryPlannedTwiceStandsOnceUnlessRepeatsAreAllowed)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    const QuestionId quarrel = addQuestion(s("A quarrel?"), {conflict});
    const QuestionId pushback = addQuestion(s("Pushback?"), {conflict});
    const QuestionId flop = addQuestion(s("A flop?"), {failure});
    const StoryId star = addStory(s("Star"));
    const InterviewId interview = addInterview();
    bank().planStory(interview, quarrel, star);
    bank().planStory(interview, pushback, star);
    bank().planStory(interview, flop, star);

    EXPECT_EQ(allTitles(sheetFor(interview)), QStringList {s("Star")});
    SheetRequest request;
    request.repeatStories = true;
    const CheatSheet repeated = sheetFor(interview, request);
    EXPECT_EQ(titlesUnder(repeated, s("Conflict")), QStringList {s("Star")});
    EXPECT_EQ(titlesUnder(repeated, s("Failure")), QStringList {s("Star")});
}

TEST_F(SheetInterviewTest, PitchIsTheInterviewsThenTheDefaultThenTheQuestionsNotes)
{
    addQuestion(s("Tell me about yourself"), {}, QuestionKind::AboutYou, s("Old notes."));
    const InterviewId id = addInterview();
    EXPECT_EQ(sheetFor(id).pitch, s("Old notes."));
    EXPECT_EQ(SheetComposer::compose(bank(), {}).pitch, s("Old notes."));

    bank().setDefaultPitch({s("Ten years of mobile."), s("Shipped X."), s("Want Y.")});
    EXPECT_EQ(sheetFor(id).pitch, s("Ten years of mobile.\n\nShipped X.\n\nWant Y."));
    EXPECT_EQ(SheetComposer::compose(bank(), {}).pitch,
        s("Ten years of mobile.\n\nShipped X.\n\nWant Y."));

    Interview interview = *bank().interview(id);
    interview.pitch = {s("A builder of mobile apps."), QString(), s("Acme's platform team.")};
    bank().updateInterview(interview);
    // The part the variant leaves empty is the default's: an interview's pitch usually
    // rewrites what it seeks and keeps the rest.
    EXPECT_EQ(
        sheetFor(id).pitch, s("A builder of mobile apps.\n\nShipped X.\n\nAcme's platform team."));
    EXPECT_EQ(SheetComposer::compose(bank(), {}).pitch,
        s("Ten years of mobile.\n\nShipped X.\n\nWant Y."));

    SheetRequest noPitch;
    noPitch.includePitch = false;
    EXPECT_TRUE(sheetFor(id, noPitch).pitch.isEmpty());
}

TEST_F(SheetInterviewTest, TheInterviewsQuestionsToAskComeFirstThenTheBanksUpToTheLimit)
{
    for (int i = 1; i <= 4; ++i)
        addQuestion(QStringLiteral("Bank ask %1?").arg(i), {}, QuestionKind::ToAsk);
    const InterviewId id = addInterview();
    Interview interview = *bank().interview(id);
    interview.asks = {s("What would my first project be?"), s("  "), s("bank ask 2?"),
        s("How does the team ship?")};
    bank().updateInterview(interview);

    EXPECT_EQ(sheetFor(id).questionsToAsk,
        (QStringList {s("What would my first project be?"), s("bank ask 2?"),
            s("How does the team ship?"), s("Bank ask 1?"), s("Bank ask 3?")}));
    // Without the interview, the bank's alone, as before.
    EXPECT_EQ(SheetComposer::compose(bank(), {}).questionsToAsk,
        (QStringList {s("Bank ask 1?"), s("Bank ask 2?"), s("Bank ask 3?"), s("Bank ask 4?")}));
}

TEST_F(SheetInterviewTest, PreparedAnswersOfTheExpectedQuestionsComeFirst)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    addQuestion(s("Salary?"), {}, QuestionKind::RoleFit, s("Market rate"));
    const QuestionId whyUs = addQuestion(s("Why Acme?"), {}, QuestionKind::RoleFit, s("Mission"));
    const QuestionId quarrel =
        addQuestion(s("A quarrel?"), {conflict}, QuestionKind::Behavioral, s("Stay calm"));
    const InterviewId interview = addInterview({quarrel, whyUs});
    bank().planStory(interview, quarrel, addStory(s("Quarrel")));

    EXPECT_EQ(sheetFor(interview).preparedAnswers,
        (QList<SheetAnswer> {{s("Why Acme?"), s("Mission")}, {s("Salary?"), s("Market rate")}}));
}

TEST_F(SheetInterviewTest, AnEmptyTitleAndSubtitleAreMadeFromCompanyRoleAndDate)
{
    Interview interview;
    interview.company = s("Acme");
    interview.role = s("Staff engineer");
    interview.scheduled = QDateTime(QDate(2026, 6, 3), QTime(14, 0));
    const InterviewId id = bank().addInterview(interview);
    const QString day = QLocale().toString(QDate(2026, 6, 3), QLocale::LongFormat);

    const CheatSheet sheet = sheetFor(id);
    EXPECT_EQ(sheet.title, s("Acme"));
    EXPECT_EQ(sheet.subtitle, s("Staff engineer · ") + day);

    SheetRequest titled;
    titled.title = s("Final round");
    EXPECT_EQ(sheetFor(id, titled).subtitle, s("Acme · Staff engineer · ") + day);

    SheetRequest both;
    both.title = s("Mine");
    both.subtitle = s("My own line");
    EXPECT_EQ(sheetFor(id, both).title, s("Mine"));
    EXPECT_EQ(sheetFor(id, both).subtitle, s("My own line"));
}

TEST_F(SheetInterviewTest, AnInterviewWithNothingExpectedGetsTheUsualStories)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    addStory(s("Filed"), 3, 3, {conflict});
    const InterviewId interview = addInterview();

    const CheatSheet sheet = sheetFor(interview);
    EXPECT_EQ(sheet.categories, SheetComposer::compose(bank(), {}).categories);
    EXPECT_EQ(sheet.title, s("Acme"));
}

TEST_F(SheetInterviewTest, AnInterviewNoLongerInTheBankIsPassedOver)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    addStory(s("Filed"), 3, 3, {conflict});
    const InterviewId interview = addInterview();
    bank().removeInterview(interview);

    EXPECT_EQ(sheetFor(interview), SheetComposer::compose(bank(), {}));
}

} // namespace
} // namespace sb::test

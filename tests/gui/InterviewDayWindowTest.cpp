// The interview day window shows everything planned for one interview, in the interview's
// order, and flags stories already told at the company.

#include "app/gui/interview/InterviewDayWindow.h"
#include "app/gui/BankDocument.h"
#include "app/gui/interview/InterviewDayPage.h"
#include "app/gui/sheet/CheatSheetWindow.h"
#include "app/gui/sheet/SheetOptionsPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

namespace sb::test {
namespace {

using namespace sb::gui;

class InterviewDayWindowTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        Story made = sampleStory(QStringLiteral("Rescued the launch"));
        made.summary = QStringLiteral("Shipped on time after a vendor walked out");
        made.cues = {QStringLiteral("vendor gone in week 2"), QStringLiteral("split the team")};
        launch = bank.addStory(made);
        made = sampleStory(QStringLiteral("Mentored Sam"));
        made.summary = QStringLiteral("From intern to owner");
        made.cues = {QStringLiteral("weekly pairing")};
        mentor = bank.addStory(made);
        failure = addQuestion(QStringLiteral("Tell me about a failure."));
        growth = addQuestion(QStringLiteral("How do you grow people?"));

        // The first round, where the mentoring story was told.
        Interview screen;
        screen.company = QStringLiteral("Acme");
        screen.stage = QStringLiteral("Phone screen");
        screen.scheduled = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
        screen.told = {{mentor, growth, QStringLiteral("screen"), QStringLiteral("Dana")}};
        bank.addInterview(screen);

        Interview loop;
        loop.company = QStringLiteral("acme");
        loop.role = QStringLiteral("Staff Engineer");
        loop.stage = QStringLiteral("Onsite loop");
        loop.interviewers = QStringLiteral("Lee, Priya");
        loop.scheduled = QDateTime(QDate(2026, 12, 8), QTime(10, 30));
        loop.questions = {growth, failure};
        loop.plan = {{failure, launch}, {growth, mentor}};
        loop.asks = {QStringLiteral("What does success look like in six months?")};
        loop.values = {{QStringLiteral("Customer obsession"), QString(), {launch}},
            {QStringLiteral("Bias for action"), QString(), {}}};
        loop.notes = QStringLiteral("They call teams pods.");
        id = bank.addInterview(loop);
    }

    QuestionId addQuestion(const QString& text)
    {
        Question question;
        question.text = text;
        return document->bank().addQuestion(question);
    }

    static QString text(const InterviewDayWindow& window) { return window.page()->toPlainText(); }

    StoryId launch;
    StoryId mentor;
    QuestionId failure;
    QuestionId growth;
    InterviewId id;
};

TEST_F(InterviewDayWindowTest, ShowsTheHeader)
{
    InterviewDayWindow window(*document, id);
    const QString page = text(window);
    EXPECT_TRUE(page.contains(QStringLiteral("acme — Staff Engineer")));
    EXPECT_TRUE(page.contains(QStringLiteral("Onsite loop")));
    EXPECT_TRUE(page.contains(QStringLiteral("Lee, Priya")));
    EXPECT_TRUE(page.contains(QStringLiteral("2026")));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("acme — Staff Engineer")));
}

TEST_F(InterviewDayWindowTest, ShowsTheQuestionsInOrderWithTheirPlannedStoriesAndCues)
{
    InterviewDayWindow window(*document, id);
    const QString page = text(window);
    const qsizetype growthAt = page.indexOf(QStringLiteral("How do you grow people?"));
    const qsizetype mentorAt = page.indexOf(QStringLiteral("Mentored Sam"));
    const qsizetype pairingAt = page.indexOf(QStringLiteral("weekly pairing"));
    const qsizetype failureAt = page.indexOf(QStringLiteral("Tell me about a failure."));
    const qsizetype launchAt = page.indexOf(QStringLiteral("Rescued the launch"));
    const qsizetype hookAt = page.indexOf(QStringLiteral("Shipped on time after a vendor"));
    const qsizetype cueAt = page.indexOf(QStringLiteral("split the team"));
    ASSERT_GE(growthAt, 0);
    EXPECT_LT(growthAt, mentorAt);
    EXPECT_LT(mentorAt, pairingAt);
    EXPECT_LT(pairingAt, failureAt) << "the interview's order, not the bank's";
    EXPECT_LT(failureAt, launchAt);
    EXPECT_LT(launchAt, hookAt);
    EXPECT_LT(hookAt, cueAt);
}

TEST_F(InterviewDayWindowTest, FlagsAStoryToldBeforeAtTheCompany)
{
    InterviewDayWindow window(*document, id);
    const QString page = text(window);
    const qsizetype flagAt =
        page.indexOf(QStringLiteral("Already told at acme: Told to Dana in round screen"));
    ASSERT_GE(flagAt, 0);
    EXPECT_TRUE(page.mid(flagAt, 80).contains(QStringLiteral("Dana")));
    EXPECT_EQ(page.count(QStringLiteral("Already told")), 1) << "the launch story is new here";
    EXPECT_GT(flagAt, page.indexOf(QStringLiteral("Mentored Sam")));
    EXPECT_LT(flagAt, page.indexOf(QStringLiteral("Tell me about a failure.")));
}

TEST_F(InterviewDayWindowTest, ShowsTheDefaultPitchUntilTheInterviewHasItsOwn)
{
    document->bank().setDefaultPitch({QStringLiteral("Default opening."), QString(), QString()});
    InterviewDayWindow window(*document, id);
    EXPECT_TRUE(text(window).contains(QStringLiteral("Default opening.")));
    EXPECT_TRUE(text(window).contains(QStringLiteral("Your default pitch")));

    Interview own = *document->bank().interview(id);
    own.pitch.who = QStringLiteral("Opening for Acme.");
    document->bank().updateInterview(own);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return text(window).contains(QStringLiteral("Opening for Acme.")); }, 2000))
        << "follows the bank";
    EXPECT_FALSE(text(window).contains(QStringLiteral("Default opening.")));
}

TEST_F(InterviewDayWindowTest, ShowsValuesWithGapsAndTheQuestionsToAsk)
{
    InterviewDayWindow window(*document, id);
    const QString page = text(window);
    EXPECT_TRUE(page.contains(QStringLiteral("What does success look like in six months?")));
    const qsizetype gapAt = page.indexOf(QStringLiteral("Gap: no story yet"));
    EXPECT_GT(gapAt, page.indexOf(QStringLiteral("Bias for action")));
    EXPECT_EQ(page.count(QStringLiteral("Gap:")), 1);
}

TEST_F(InterviewDayWindowTest, ResearchNotesAreFoldedAtTheEnd)
{
    InterviewDayWindow window(*document, id);
    EXPECT_FALSE(text(window).contains(QStringLiteral("They call teams pods.")));
    emit window.page()->anchorClicked(QUrl(InterviewDayPage::notesToggleLink()));
    const QString page = text(window);
    EXPECT_TRUE(page.contains(QStringLiteral("They call teams pods.")));
    EXPECT_GT(page.indexOf(QStringLiteral("They call teams pods.")),
        page.indexOf(QStringLiteral("What does success look like")));
}

TEST_F(InterviewDayWindowTest, CheatSheetIsForThisInterview)
{
    InterviewDayWindow window(*document, id);
    window.cheatSheetButton()->click();
    auto* sheet = window.findChild<CheatSheetWindow*>();
    ASSERT_NE(sheet, nullptr);
    EXPECT_EQ(sheet->options()->interview(), std::optional<InterviewId>(id));
    EXPECT_EQ(sheet->options()->request().interview, std::optional<InterviewId>(id));
    EXPECT_EQ(window.showCheatSheet(), sheet) << "one sheet per day window";
}

TEST_F(InterviewDayWindowTest, SaysSoWhenTheInterviewIsRemoved)
{
    InterviewDayWindow window(*document, id);
    document->bank().removeInterview(id);
    window.refresh();
    EXPECT_FALSE(window.cheatSheetButton()->isEnabled());
    EXPECT_FALSE(text(window).contains(QStringLiteral("Mentored Sam")));
}

TEST_F(InterviewDayWindowTest, SheetOptionsOfferEveryInterviewAndFollowTheChoice)
{
    SheetOptionsPanel options(document->bank());
    QComboBox* chooser = options.interviewChooser();
    ASSERT_EQ(chooser->count(), 3) << "none, and the two interviews";
    EXPECT_FALSE(options.request().interview.has_value());

    QSignalSpy changed(&options, &SheetOptionsPanel::changed);
    chooser->setCurrentIndex(
        chooser->findText(QStringLiteral("acme — Staff Engineer"), Qt::MatchContains));
    EXPECT_EQ(options.request().interview, std::optional<InterviewId>(id));
    EXPECT_EQ(changed.count(), 1);

    document->bank().removeInterview(id);
    EXPECT_EQ(chooser->count(), 2);
    EXPECT_FALSE(options.request().interview.has_value()) << "a removed interview is no choice";
    EXPECT_EQ(changed.count(), 2);
}

} // namespace
} // namespace sb::test

#include "app/gui/practice/StoryPracticePanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/StoryEditor.h"
#include "tests/gui/DocumentTest.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

namespace sb::test {
namespace {

using namespace sb::gui;

// Issue 7, practice history in the story editor: what this story's practice was, newest
// first, and when it comes up next; it follows the bank without getting in the way of typing.
class StoryPracticePanelTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        story = document->bank().addStory(sampleStory(QStringLiteral("Rescued the launch")));
        Question asked;
        asked.text = QStringLiteral("Tell me about a failure.");
        failure = document->bank().addQuestion(asked);
        editor = std::make_unique<StoryEditor>(*document);
        editor->setStory(story);
        editor->show();
        panel = editor->practicePanel();
    }

    QStringList row(int at) const
    {
        QStringList texts;
        const QTreeWidgetItem* item = panel->list()->topLevelItem(at);
        for (int column = 0; item && column < item->columnCount(); ++column)
            texts.append(item->text(column));
        return texts;
    }

    bool rowsBecome(int count)
    {
        return QTest::qWaitFor([&] { return panel->list()->topLevelItemCount() == count; }, 2000);
    }

    StoryId story;
    QuestionId failure;
    std::unique_ptr<StoryEditor> editor;
    StoryPracticePanel* panel = nullptr;
};

TEST_F(StoryPracticePanelTest, ListsTheStorysPracticeNewestFirstAndWhenItIsNext)
{
    EXPECT_FALSE(panel->list()->isVisibleTo(editor.get())) << "no empty table";
    EXPECT_TRUE(panel->nextLine()->text().startsWith(QStringLiteral("Not practised yet.")));

    Bank& bank = document->bank();
    const QDateTime now = QDateTime::currentDateTime();
    bank.logPractice({story, QuestionId()}, Recall::Again, 65, now.addDays(-3));
    PracticeRecord answered; // told for a question (a record the command line can make)
    answered.story = story;
    answered.question = failure;
    answered.practised = now.addDays(-1);
    answered.durationSeconds = 125;
    answered.rating = int(Recall::Easy);
    answered.nextDue = now.date().addDays(5);
    bank.addPracticeRecord(answered);
    bank.logPractice({story, QuestionId()}, Recall::Good, 42, now);
    ASSERT_TRUE(rowsBecome(3));

    const QDate today = QDate::currentDate();
    EXPECT_EQ(row(0),
        (QStringList {QStringLiteral("Today"), QStringLiteral("The story itself"),
            QStringLiteral("0:42"), QStringLiteral("Good")}));
    EXPECT_EQ(row(1),
        (QStringList {QStringLiteral("Yesterday"), QStringLiteral("Tell me about a failure."),
            QStringLiteral("2:05"), QStringLiteral("Easy")}));
    EXPECT_EQ(row(2),
        (QStringList {StoryPracticePanel::dayText(today.addDays(-3), today),
            QStringLiteral("The story itself"), QStringLiteral("1:05"), QStringLiteral("Again")}));
    EXPECT_TRUE(panel->list()->isVisibleTo(editor.get()));
    EXPECT_EQ(panel->nextLine()->text(), QStringLiteral("Next practice: tomorrow"))
        << "the story's own schedule, not the question's";

    const StoryId other = bank.addStory(sampleStory(QStringLiteral("Mentored a new hire")));
    editor->setStory(other);
    EXPECT_EQ(panel->list()->topLevelItemCount(), 0);
    EXPECT_FALSE(panel->list()->isVisibleTo(editor.get()));
}

TEST_F(StoryPracticePanelTest, SaysWhenInWordsAPersonUses)
{
    const QLocale kept;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QDate sunday(2026, 11, 29);
    EXPECT_EQ(StoryPracticePanel::nextText(sunday.addDays(-2), sunday),
        QStringLiteral("Next practice: due now"));
    EXPECT_EQ(
        StoryPracticePanel::nextText(sunday, sunday), QStringLiteral("Next practice: due now"));
    EXPECT_EQ(StoryPracticePanel::nextText(sunday.addDays(1), sunday),
        QStringLiteral("Next practice: tomorrow"));
    EXPECT_EQ(StoryPracticePanel::nextText(sunday.addDays(5), sunday),
        QStringLiteral("Next practice: in 5 days (Fri 4 Dec)"));
    EXPECT_EQ(StoryPracticePanel::nextText(sunday.addDays(40), sunday),
        QStringLiteral("Next practice: in 40 days (Fri 8 Jan 2027)"));
    EXPECT_EQ(
        StoryPracticePanel::dayText(sunday.addDays(-3), sunday), QStringLiteral("Thu 26 Nov"));
    EXPECT_EQ(StoryPracticePanel::dayText(QDate(2025, 1, 3), sunday), QStringLiteral("3 Jan 2025"));
    QLocale::setDefault(kept);
}

TEST_F(StoryPracticePanelTest, ARecordLoggedWhileTheStoryIsOpenShowsUp)
{
    document->bank().logPractice(
        {story, QuestionId()}, Recall::Hard, 30, QDateTime::currentDateTime());
    ASSERT_TRUE(rowsBecome(1));
    EXPECT_EQ(row(0).last(), QStringLiteral("Hard"));
    EXPECT_EQ(panel->nextLine()->text(), QStringLiteral("Next practice: tomorrow"));

    // Another story's practice, or a question's, is not this story's.
    const StoryId other = document->bank().addStory(sampleStory(QStringLiteral("Other")));
    document->bank().logPractice(
        {other, QuestionId()}, Recall::Good, 30, QDateTime::currentDateTime());
    document->bank().logPractice(
        {StoryId(), failure}, Recall::Good, 30, QDateTime::currentDateTime());
    QTest::qWait(50);
    EXPECT_EQ(panel->list()->topLevelItemCount(), 1);
}

TEST_F(StoryPracticePanelTest, TypingGoesOnUndisturbedWhileARecordIsLogged)
{
    QApplication::setActiveWindow(editor.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    QPlainTextEdit* result = editor->sectionEdit(StorySection::Result);
    result->setFocus();
    QTextCursor cursor = result->textCursor();
    cursor.setPosition(4);
    result->setTextCursor(cursor);
    QTest::keyClicks(result, QStringLiteral("[so far"));

    // A flashcard answered in another window while the typing waits to be written.
    document->bank().logPractice(
        {story, QuestionId()}, Recall::Good, 75, QDateTime::currentDateTime());
    ASSERT_TRUE(rowsBecome(1));
    QTest::keyClicks(result, QStringLiteral(" so good]"));

    QString expected = sampleStory().result;
    expected.insert(4, QStringLiteral("[so far so good]"));
    EXPECT_EQ(result->toPlainText(), expected);
    EXPECT_TRUE(result->hasFocus());
    EXPECT_EQ(result->textCursor().position(), 4 + 16);
    ASSERT_TRUE(editor->commitPending());
    EXPECT_EQ(document->bank().story(story)->result, expected);
}

} // namespace
} // namespace sb::test

#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QuestionEditor.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/StoryListModel.h"
#include "app/gui/StoryListPane.h"
#include "tests/gui/DocumentTest.h"
#include "tests/support/FailingDisk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

namespace sb::test {
namespace {

using namespace sb::gui;

// Answers the message boxes a test meets as a user would, and remembers what they said.
class MessageBoxAnswerer {
public:
    // answer: the text of the button to press; empty presses Escape.
    explicit MessageBoxAnswerer(QString answer = QString()) : m_answer(std::move(answer))
    {
        QObject::connect(&m_poll, &QTimer::timeout, [this] { answerOpenBox(); });
        m_poll.start(20);
    }
    void setAnswer(const QString& answer) { m_answer = answer; }
    QStringList seen; // each box's title and text

private:
    void answerOpenBox()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        seen.append(box->windowTitle() + QStringLiteral(": ") + box->text());
        for (QAbstractButton* button : box->buttons())
            if (!m_answer.isEmpty() && button->text() == m_answer) {
                button->click();
                return;
            }
        QTest::keyClick(box, Qt::Key_Escape);
    }

    QString m_answer;
    QTimer m_poll;
};

// Guarantee 8, in the window: while the disk refuses writes, typed text stays on screen, is
// offered to the bank again every few seconds and saved once the disk takes it; the user is
// told once, cannot switch away from it, and is asked before closing would lose it.
class UnsavedTextTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        first = document->bank().addStory(sampleStory(QStringLiteral("First story")));
        second = document->bank().addStory(sampleStory(QStringLiteral("Second story")));
        QObject::connect(document.get(), &BankDocument::saveStateChanged,
            [this](const QString& text) { saveState = text; });
        window = std::make_unique<MainWindow>(*document);
        window->show();
        window->selectStory(first);
        ASSERT_EQ(window->editor()->story(), first);
    }
    void TearDown() override
    {
        disk.setState(FailingDisk::State::Working);
        window.reset();
        document.reset(); // the bank closes while its files still go through the disk
    }

    QPlainTextEdit* result() const { return window->editor()->sectionEdit(StorySection::Result); }
    // Types at the end of the result, then waits past the pause that writes it.
    void typeAndPause(const QString& text)
    {
        result()->moveCursor(QTextCursor::End);
        QTest::keyClicks(result(), text);
        QTest::qWait(StoryEditor::kCommitDelayMs + 300);
    }
    QString savedResult() const { return document->bank().story(first)->result; }

    FailingDisk disk; // before the bank opens, so its files go through it
    MessageBoxAnswerer boxes;
    std::unique_ptr<MainWindow> window;
    StoryId first;
    StoryId second;
    QString saveState;
};

TEST_F(UnsavedTextTest, TextTypedOnAFullDiskStaysAndIsSavedWhenSpaceReturns)
{
    disk.setState(FailingDisk::State::Full);
    typeAndPause(QStringLiteral(" Churn fell by half."));
    QTest::qWait(100); // the message box is queued behind the write

    const QString typed = sampleStory().result + QStringLiteral(" Churn fell by half.");
    EXPECT_EQ(result()->toPlainText(), typed);
    EXPECT_EQ(savedResult(), sampleStory().result);
    ASSERT_EQ(boxes.seen.size(), 1);
    EXPECT_TRUE(boxes.seen.first().contains(QStringLiteral("disk is full")))
        << boxes.seen.first().toStdString();
    EXPECT_TRUE(saveState.startsWith(QStringLiteral("Not saved"))) << saveState.toStdString();

    const int refusedOnce = disk.refusedWrites();
    QTest::qWait(StoryEditor::kRetryDelayMs + 500);
    EXPECT_GT(disk.refusedWrites(), refusedOnce) << "the text was not offered again";
    EXPECT_EQ(boxes.seen.size(), 1) << "a retry that fails again must not nag";
    EXPECT_EQ(result()->toPlainText(), typed) << "a retry must not replace the typed text";

    disk.setState(FailingDisk::State::Working);
    QTest::qWait(StoryEditor::kRetryDelayMs + 500);
    EXPECT_EQ(savedResult(), typed);
    EXPECT_EQ(saveState, QStringLiteral("All changes saved"));
    EXPECT_EQ(result()->toPlainText(), typed);
}

TEST_F(UnsavedTextTest, APreparedAnswerTypedOnAFullDiskIsSavedWhenSpaceReturns)
{
    Question question;
    question.text = QStringLiteral("Why this company?");
    const QuestionId id = document->bank().addQuestion(question);
    window->selectQuestion(id);
    ASSERT_EQ(window->questionEditor()->question(), id);
    QPlainTextEdit* notes = window->questionEditor()->notesEdit();

    disk.setState(FailingDisk::State::Full);
    QTest::keyClicks(notes, QStringLiteral("Their mission is mine."));
    QTest::qWait(QuestionEditor::kCommitDelayMs + QuestionEditor::kRetryDelayMs + 500);
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("Their mission is mine."));
    EXPECT_TRUE(document->bank().question(id)->notes.isEmpty());
    EXPECT_EQ(boxes.seen.size(), 1);

    disk.setState(FailingDisk::State::Working);
    QTest::qWait(QuestionEditor::kRetryDelayMs + 500);
    EXPECT_EQ(document->bank().question(id)->notes, QStringLiteral("Their mission is mine."));
    EXPECT_EQ(saveState, QStringLiteral("All changes saved"));
}

TEST_F(UnsavedTextTest, AnotherStoryCannotBeOpenedOverTextTheDiskRefused)
{
    disk.setState(FailingDisk::State::ReadOnly);
    typeAndPause(QStringLiteral(" Kept."));
    StoryListModel* stories = window->storyPane()->model();

    window->storyList()->setCurrentIndex(stories->indexOf(second));
    QTest::qWait(50);

    EXPECT_EQ(window->editor()->story(), first);
    EXPECT_TRUE(result()->toPlainText().endsWith(QStringLiteral(" Kept.")));
    EXPECT_EQ(window->storyList()->currentIndex(), stories->indexOf(first))
        << "the list must show which story is open";

    disk.setState(FailingDisk::State::Working);
    window->storyList()->setCurrentIndex(stories->indexOf(second));
    EXPECT_EQ(window->editor()->story(), second);
    EXPECT_TRUE(savedResult().endsWith(QStringLiteral(" Kept.")));
}

TEST_F(UnsavedTextTest, ClosingAsksFirstAndKeepingOpenKeepsTheText)
{
    disk.setState(FailingDisk::State::Full);
    typeAndPause(QStringLiteral(" Not yet saved."));
    QTest::qWait(100);
    boxes.seen.clear();

    EXPECT_FALSE(window->close()) << "the window closed over text it could not save";
    ASSERT_EQ(boxes.seen.size(), 1);
    EXPECT_TRUE(boxes.seen.first().startsWith(QStringLiteral("Close without saving?")));
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(result()->toPlainText().endsWith(QStringLiteral(" Not yet saved.")));

    boxes.setAnswer(QStringLiteral("Close and Lose It"));
    EXPECT_TRUE(window->close());
    EXPECT_EQ(boxes.seen.size(), 2);
}

TEST_F(UnsavedTextTest, ClosingOnceTheDiskWorksAgainSavesWithoutAsking)
{
    disk.setState(FailingDisk::State::Full);
    typeAndPause(QStringLiteral(" Saved on close."));
    QTest::qWait(100);
    boxes.seen.clear();

    disk.setState(FailingDisk::State::Working);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(boxes.seen.isEmpty()) << boxes.seen.join(u'|').toStdString();
    EXPECT_TRUE(savedResult().endsWith(QStringLiteral(" Saved on close.")));
}

} // namespace
} // namespace sb::test

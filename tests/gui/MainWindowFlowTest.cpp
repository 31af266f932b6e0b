#include "app/gui/BankDocument.h"
#include "app/gui/BankFileActions.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NavigatorModel.h"
#include "app/gui/QuestionEditor.h"
#include "app/gui/QuestionListModel.h"
#include "app/gui/QuestionListPane.h"
#include "app/gui/RecentBanks.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/StoryListModel.h"
#include "tests/gui/DocumentTest.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace sb::test {
namespace {

using namespace sb::gui;

class MainWindowFlowTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(true);
        window = std::make_unique<MainWindow>(*document);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowFlowTest, NewStoryTypeSearchAndUndoEverything)
{
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(document->bank().stats().stories, 1);
    QLineEdit* title = window->editor()->titleEdit();
    EXPECT_TRUE(title->hasFocus()) << "a new story starts in its title";

    QTest::keyClicks(title, QStringLiteral("Mediated a zebra dispute"));
    QPlainTextEdit* situation = window->editor()->sectionEdit(StorySection::Situation);
    situation->setFocus();
    QTest::keyClicks(situation, QStringLiteral("Two teams wanted the same sprint."));
    window->editor()->commitPending();
    const Story stored = document->bank().stories().first();
    EXPECT_EQ(stored.title, QStringLiteral("Mediated a zebra dispute"));
    EXPECT_EQ(stored.situation, QStringLiteral("Two teams wanted the same sprint."));

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), QStringLiteral("zebr"));
    ASSERT_EQ(window->storyList()->model()->rowCount(), 1);
    EXPECT_EQ(window->storyList()->model()->index(0, 0).data().toString(),
        QStringLiteral("Mediated a zebra dispute"));

    while (document->undoStack().canUndo())
        document->undoStack().undo();
    EXPECT_EQ(document->bank().stats().stories, 0);
}

// A bank bigger than the story list's first page, opened as at start.
class BigBankWindowTest : public DocumentTest { };

TEST_F(BigBankWindowTest, TheWholeStoryListIsReadJustAfterTheWindowShows)
{
    openDocument(false);
    const int count = StoryListModel::kFirstPageSize + 5;
    for (int n = 1; n <= count; ++n)
        document->bank().addStory(sampleStory(QStringLiteral("Story %1").arg(n)));
    MainWindow window(*document);
    EXPECT_EQ(window.storyList()->model()->rowCount(), StoryListModel::kFirstPageSize);
    window.show();
    // No scrolling: the rest arrives after the first frame, so the scroll bar tells the truth.
    QTRY_COMPARE_WITH_TIMEOUT(window.storyList()->model()->rowCount(), count, 2000);
    EXPECT_EQ(window.storyList()->currentIndex().row(), 0) << "the first story stays open";
    EXPECT_TRUE(window.questionPane()->model()->canFetchMore({}))
        << "the question list is read when shown, not before";
    window.showSection(MainWindow::Section::Questions);
    EXPECT_FALSE(window.questionPane()->model()->canFetchMore({}));
}

TEST_F(MainWindowFlowTest, DeleteIsOneUndoAway)
{
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    window->editor()->commitPending();
    window->storyList()->setFocus();
    QTest::keyClick(window->storyList(), Qt::Key_Delete);
    EXPECT_EQ(document->bank().stats().stories, 0);
    document->undoStack().undo();
    EXPECT_EQ(document->bank().stats().stories, 1);
}

TEST_F(MainWindowFlowTest, NavigatorSwitchesListAndEditorAndACategoryNarrowsTheQuestions)
{
    NavigatorModel* navigator = window->navigatorModel();
    const Category first = document->bank().categories().first();
    window->navigator()->setCurrentIndex(navigator->categoryIndex(first.id));
    EXPECT_EQ(window->section(), MainWindow::Section::Questions);
    EXPECT_EQ(window->questionPane()->model()->rowCount(),
        document->bank().questionsInCategory(first.id).size());
    // The first question is open in the editor rather than an empty form.
    EXPECT_TRUE(window->questionEditor()->question().isValid());

    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window->section(), MainWindow::Section::Tags);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->section(), MainWindow::Section::Stories);
}

TEST_F(MainWindowFlowTest, DeleteAQuestionFromItsListAndUndoIt)
{
    const int before = document->bank().stats().questions;
    window->showSection(MainWindow::Section::Questions);
    QListView* list = window->questionPane()->list();
    const QuestionId first = window->questionPane()->model()->questionAt(list->currentIndex());
    ASSERT_TRUE(first.isValid());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(document->bank().stats().questions, before - 1);
    EXPECT_FALSE(document->bank().question(first).has_value());
    document->undoStack().undo();
    EXPECT_TRUE(document->bank().question(first).has_value());
}

TEST_F(MainWindowFlowTest, NewQuestionIsFiledUnderTheCategoryShown)
{
    const Category first = document->bank().categories().first();
    window->navigator()->setCurrentIndex(window->navigatorModel()->categoryIndex(first.id));
    window->newQuestion();
    const QuestionId made = window->questionEditor()->question();
    ASSERT_TRUE(made.isValid());
    EXPECT_EQ(document->bank().question(made)->categories, QList<CategoryId> {first.id});
}

TEST_F(MainWindowFlowTest, SaveACopyWritesABankThatOpensWithTheSameStories)
{
    const StoryId id = document->bank().addStory(sampleStory());
    window->fileActions()->askPath = [this](BankFileActions::Ask) {
        return pathFor(QStringLiteral("copy"));
    };
    window->fileActions()->saveCopy();
    const auto copy = Bank::open(pathFor(QStringLiteral("copy.storybank")));
    EXPECT_EQ(copy->story(id)->title, sampleStory().title);
}

TEST_F(MainWindowFlowTest, NewAndOpenStartAWindowOnThatBank)
{
    QStringList opened;
    window->fileActions()->openInNewWindow = [&](const QString& path) {
        opened.append(path);
        return true;
    };
    window->fileActions()->askPath = [this](BankFileActions::Ask ask) {
        return ask == BankFileActions::Ask::NewBank ? pathFor(QStringLiteral("fresh")) : bankPath();
    };
    window->fileActions()->newBank();
    window->fileActions()->openBank();
    EXPECT_EQ(opened, (QStringList {pathFor(QStringLiteral("fresh.storybank")), bankPath()}));
}

TEST(RecentBanksTest, NewestFirstWithoutDuplicatesOrMissingFiles)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.storybank"));
    const QString b = dir.filePath(QStringLiteral("b.storybank"));
    for (const QString& path : {a, b}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    recentbanks::add(a);
    recentbanks::add(b);
    recentbanks::add(a);
    recentbanks::add(dir.filePath(QStringLiteral("gone.storybank")));
    const QStringList recent = recentbanks::list();
    ASSERT_GE(recent.size(), 2);
    EXPECT_EQ(recent.mid(0, 2), (QStringList {a, b}));
}

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST_F(MainWindowFlowTest, UndoFromTheMenuWhileTypingIsPendingUndoesThatTyping)
{
    const StoryId id = document->bank().addStory(sampleStory(QStringLiteral("Before")));
    window->selectStory(id);
    QLineEdit* title = window->editor()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("After"));
    ASSERT_TRUE(document->hasPendingEdits());

    QAction* undo = nullptr;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    ASSERT_NE(undo, nullptr);
    QStringList failures;
    QObject::connect(document.get(), &BankDocument::writeFailed,
        [&](const QString& message) { failures.append(message); });
    undo->trigger();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'|').toStdString();

    EXPECT_EQ(document->bank().story(id)->title, QStringLiteral("Before"));
    EXPECT_TRUE(document->undoStack().canRedo()) << "the typing is redoable, not replayed";
    EXPECT_EQ(title->text(), QStringLiteral("Before"));
    QTest::qWait(800); // past the write delay: nothing pending may come back
    EXPECT_EQ(document->bank().story(id)->title, QStringLiteral("Before"));
}

} // namespace
} // namespace sb::test

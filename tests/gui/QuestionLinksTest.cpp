#include "app/gui/BankDocument.h"
#include "app/gui/LinkTableView.h"
#include "app/gui/QuestionEditor.h"
#include "app/gui/QuestionLinksModel.h"
#include "app/gui/QuestionLinksPanel.h"
#include "app/gui/StoryListModel.h"
#include "app/gui/StoryPicker.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/undo/RemoveStoryCommand.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;

// The question side of linking: the "Answered by" panel of the question editor.
class QuestionLinksTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Question question;
        question.text = QStringLiteral("Tell me about a time you failed.");
        question.id = document->bank().addQuestion(question);
        failure = question.id;
        launch = document->bank().addStory(sampleStory());
        migration = document->bank().addStory(sampleStory(QStringLiteral("Migrated the billing")));
        editor = std::make_unique<QuestionEditor>(*document);
        tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor->setQuestion(failure);
        editor->show();
        // Keys and clicks reach the table, and shortcuts fire, only in the active window.
        QApplication::setActiveWindow(editor.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    }

    QuestionLinksPanel* panel() const { return editor->linksPanel(); }
    QuestionLinksModel* model() const { return panel()->model(); }
    QString titleAt(int row) const
    {
        return model()->index(row, QuestionLinksModel::StoryColumn).data().toString();
    }
    QUndoStack& stack() { return document->undoStack(); }

    QuestionId failure;
    StoryId launch;
    StoryId migration;
    std::unique_ptr<QuestionEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(QuestionLinksTest, LinksAndUnlinksStoriesFromTheQuestionThroughTheUndoStack)
{
    panel()->linkStory(launch);
    panel()->linkStory(migration);
    panel()->linkStory(migration); // already linked: nothing to do
    ASSERT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(stack().count(), 2);
    EXPECT_EQ(titleAt(0), sampleStory().title);
    EXPECT_EQ(document->bank().linkBetween(migration, failure)->fit, LinkFit::Strong);

    panel()->table()->setCurrentIndex(model()->index(1, 0));
    EXPECT_TRUE(panel()->removeButton()->isEnabled());
    panel()->removeButton()->click();
    EXPECT_FALSE(document->bank().linkBetween(migration, failure).has_value());
    EXPECT_EQ(model()->rowCount(), 1);

    stack().undo(); // the unlink
    EXPECT_TRUE(document->bank().linkBetween(migration, failure).has_value());
    EXPECT_EQ(model()->rowCount(), 2);
    stack().redo();
    EXPECT_EQ(model()->rowCount(), 1);
    stack().undo();
    stack().undo();
    stack().undo();
    EXPECT_EQ(document->bank().stats().links, 0);
    EXPECT_EQ(model()->rowCount(), 0);
    stack().redo();
    EXPECT_EQ(titleAt(0), sampleStory().title);
}

TEST_F(QuestionLinksTest, DeleteKeyInTheTableUnlinksTheCurrentStory)
{
    panel()->linkStory(launch);
    panel()->table()->setFocus();
    panel()->table()->setCurrentIndex(model()->index(0, 0));
    QTest::keyClick(panel()->table(), Qt::Key_Delete);
    EXPECT_FALSE(document->bank().linkBetween(launch, failure).has_value());
}

TEST_F(QuestionLinksTest, FitAndAngleAreEditedInPlaceOneUndoStepEach)
{
    panel()->linkStory(launch);
    const int linked = stack().count();
    EXPECT_TRUE(model()->setData(
        model()->index(0, QuestionLinksModel::FitColumn), QStringLiteral("partial")));
    EXPECT_TRUE(model()->setData(
        model()->index(0, QuestionLinksModel::AngleColumn), QStringLiteral("Own the miss")));
    EXPECT_EQ(stack().count(), linked + 2);
    auto link = document->bank().linkBetween(launch, failure);
    EXPECT_EQ(link->fit, LinkFit::Partial);
    EXPECT_EQ(link->angle, QStringLiteral("Own the miss"));
    EXPECT_EQ(model()->index(0, QuestionLinksModel::FitColumn).data().toString(),
        QStringLiteral("Partial"));
    EXPECT_FALSE(model()->setData(
        model()->index(0, QuestionLinksModel::FitColumn), QStringLiteral("perfect")));

    stack().undo();
    EXPECT_TRUE(document->bank().linkBetween(launch, failure)->angle.isEmpty());
    EXPECT_TRUE(model()->index(0, QuestionLinksModel::AngleColumn).data().toString().isEmpty());
    stack().undo();
    EXPECT_EQ(document->bank().linkBetween(launch, failure)->fit, LinkFit::Strong);
    EXPECT_EQ(model()->index(0, QuestionLinksModel::FitColumn).data().toString(),
        QStringLiteral("Strong"));
    stack().redo();
    stack().redo();
    link = document->bank().linkBetween(launch, failure);
    EXPECT_EQ(link->fit, LinkFit::Partial);
    EXPECT_EQ(link->angle, QStringLiteral("Own the miss"));
}

TEST_F(QuestionLinksTest, AngleTypedInTheTableIsWrittenWhenTheEditorCommits)
{
    panel()->linkStory(launch);
    LinkTableView* table = panel()->table();
    const QModelIndex angle = model()->index(0, QuestionLinksModel::AngleColumn);
    table->setCurrentIndex(angle);
    table->edit(angle);
    QWidget* field = QApplication::focusWidget();
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field, QStringLiteral("Lead with the lesson"));
    editor->commitPending();
    EXPECT_EQ(document->bank().linkBetween(launch, failure)->angle,
        QStringLiteral("Lead with the lesson"));
}

TEST_F(QuestionLinksTest, NewStoryForTheQuestionIsCreatedLinkedAndShownInOneUndoStep)
{
    QSignalSpy requested(editor.get(), &QuestionEditor::storyRequested);
    const int storiesBefore = document->bank().stats().stories;
    panel()->newStoryButton()->click();
    ASSERT_EQ(requested.size(), 1);
    const StoryId story = requested.first().first().value<StoryId>();
    ASSERT_TRUE(document->bank().story(story).has_value());
    EXPECT_TRUE(document->bank().linkBetween(story, failure).has_value());
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(titleAt(0), QStringLiteral("Untitled story"));
    EXPECT_EQ(stack().count(), 1) << "story and link are one step";

    stack().undo();
    EXPECT_FALSE(document->bank().story(story).has_value());
    EXPECT_EQ(document->bank().stats().stories, storiesBefore);
    EXPECT_EQ(document->bank().stats().links, 0);
    EXPECT_EQ(model()->rowCount(), 0);
    stack().redo();
    EXPECT_TRUE(document->bank().story(story).has_value()) << "the same id comes back";
    EXPECT_TRUE(document->bank().linkBetween(story, failure).has_value());
    EXPECT_EQ(model()->rowCount(), 1);
}

TEST_F(QuestionLinksTest, RenamingALinkedStoryRenamesItsRowWithoutAReset)
{
    panel()->linkStory(launch);
    panel()->linkStory(migration);
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(model(), &QAbstractItemModel::dataChanged);
    Story before = *document->bank().story(migration);
    Story after = before;
    after.title = QStringLiteral("Moved billing to the new platform");
    stack().push(new EditStoryCommand(*document, before, after, QStringLiteral("rename")));
    EXPECT_EQ(titleAt(1), QStringLiteral("Moved billing to the new platform"));
    EXPECT_EQ(titleAt(0), sampleStory().title);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(changes.size(), 1);

    after.summary = QStringLiteral("Only the summary"); // not shown: no row changes
    stack().push(new EditStoryCommand(
        *document, *document->bank().story(migration), after, QStringLiteral("summary")));
    EXPECT_EQ(changes.size(), 1);
    stack().undo();
    stack().undo();
    EXPECT_EQ(titleAt(1), QStringLiteral("Migrated the billing"));
}

TEST_F(QuestionLinksTest, DeletingALinkedStoryRemovesItsRowAndUndoBringsItBack)
{
    panel()->linkStory(migration);
    document->bank().link({launch, failure, LinkFit::Partial, QStringLiteral("angle")});
    ASSERT_EQ(model()->rowCount(), 2);
    stack().push(new RemoveStoryCommand(*document, launch));
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(titleAt(0), QStringLiteral("Migrated the billing"));
    stack().undo();
    ASSERT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(model()->index(1, QuestionLinksModel::AngleColumn).data().toString(),
        QStringLiteral("angle"));
}

TEST_F(QuestionLinksTest, DoubleClickingALinkedStoryAsksToShowIt)
{
    panel()->linkStory(migration);
    QSignalSpy requested(editor.get(), &QuestionEditor::storyRequested);
    LinkTableView* table = panel()->table();
    const QRect cell = table->visualRect(model()->index(0, QuestionLinksModel::StoryColumn));
    // A double-click is a press and release, then a press that is the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().value<StoryId>(), migration);

    const QRect angle = table->visualRect(model()->index(0, QuestionLinksModel::AngleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, angle.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, angle.center());
    EXPECT_EQ(requested.size(), 1) << "a double-click on the angle edits it instead";
    EXPECT_NE(table->findChild<QLineEdit*>(), nullptr) << "the angle is open for typing";
}

TEST_F(QuestionLinksTest, ButtonsNeedAQuestionAndRemoveNeedsARow)
{
    EXPECT_TRUE(panel()->linkButton()->isEnabled());
    EXPECT_FALSE(panel()->removeButton()->isEnabled());
    editor->setQuestion(QuestionId());
    EXPECT_FALSE(panel()->linkButton()->isEnabled());
    EXPECT_FALSE(panel()->newStoryButton()->isEnabled());
    EXPECT_EQ(model()->rowCount(), 0);
}

TEST_F(QuestionLinksTest, StoryPickerFindsAStoryByTypingAndArrowKeys)
{
    StoryPicker picker(document->bank());
    picker.show();
    EXPECT_EQ(picker.list()->model()->rowCount(), 2);
    QTest::keyClicks(picker.filterField(), QStringLiteral("billi"));
    EXPECT_EQ(picker.chosen(), migration) << "a word's beginning is enough";
    EXPECT_EQ(picker.list()->model()->rowCount(), 1);
    picker.filterField()->clear();
    const QModelIndex second = picker.list()->model()->index(1, 0);
    QTest::keyClick(picker.filterField(), Qt::Key_Down);
    EXPECT_EQ(picker.chosen().value, second.data(StoryListModel::StoryIdRole).toLongLong())
        << "Down moves through the list from the filter field";
}

} // namespace
} // namespace sb::test

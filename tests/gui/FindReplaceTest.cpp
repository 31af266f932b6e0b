#include "app/gui/StoryEditor.h"
#include "app/gui/writing/FindReplaceBar.h"
#include "tests/gui/DocumentTest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace sb::test {
namespace {

using namespace sb::gui;

class FindReplaceTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Story story;
        story.title = QStringLiteral("Budget rescue");
        story.summary = QStringLiteral("Saved the budget in a week");
        story.situation = QStringLiteral("Our BUDGET was cut by half.");
        story.action = QStringLiteral("I rebuilt the plan around the budget.");
        story.learning = QStringLiteral("A budget is a plan."); // not shown in STAR: not searched
        story.cues = {QStringLiteral("budget halved"), QStringLiteral("plan rebuilt")};
        id = document->bank().addStory(story);
        editor = std::make_unique<StoryEditor>(*document);
        editor->setStory(id);
        editor->show();
        // Shortcuts (Ctrl+H, F3, Escape) only reach an active window.
        QApplication::setActiveWindow(editor.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
        bar = editor->findReplaceBar();
    }

    void search(const QString& text)
    {
        editor->findReplaceAction()->trigger();
        bar->findEdit()->setText(text);
    }

    // The text selected in the field holding the current match.
    QString selection(QWidget* field) const
    {
        if (auto* line = qobject_cast<QLineEdit*>(field))
            return line->selectedText();
        return qobject_cast<QPlainTextEdit*>(field)->textCursor().selectedText();
    }

    Story stored() const { return *document->bank().story(id); }

    std::unique_ptr<StoryEditor> editor;
    FindReplaceBar* bar = nullptr;
    StoryId id;
};

TEST_F(FindReplaceTest, FindInStoryOpensTheBarWithTheFocusInFind)
{
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(editor->findReplaceAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
    editor->titleEdit()->setFocus();
    QTest::keySequence(editor->titleEdit(), editor->findReplaceAction()->shortcut());
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(editor->window()->focusWidget(), bar->findEdit());
}

TEST_F(FindReplaceTest, FindsAcrossTheShownFieldsInReadingOrder)
{
    search(QStringLiteral("budget"));
    EXPECT_EQ(bar->matchCount(), 5) << "title, summary, situation, action, cues; not learning";
    EXPECT_EQ(bar->statusLabel()->text(), QStringLiteral("1 of 5"));
    EXPECT_EQ(selection(editor->titleEdit()), QStringLiteral("Budget"));

    const QList<QWidget*> order {editor->proseFields().value(1),
        editor->sectionEdit(StorySection::Situation), editor->sectionEdit(StorySection::Action)};
    for (QWidget* field : order) {
        bar->findNext();
        EXPECT_EQ(selection(field).toLower(), QStringLiteral("budget"));
    }
    EXPECT_TRUE(selection(editor->titleEdit()).isEmpty()) << "one match highlighted at a time";
    bar->findNext();
    EXPECT_EQ(bar->statusLabel()->text(), QStringLiteral("5 of 5"));
    EXPECT_EQ(selection(editor->proseFields().last()), QStringLiteral("budget")) << "the cues";
}

TEST_F(FindReplaceTest, NextAndPreviousWrapAround)
{
    search(QStringLiteral("plan"));
    ASSERT_EQ(bar->matchCount(), 2) << "action and cues";
    EXPECT_EQ(bar->currentMatch(), 0);
    bar->findPrevious();
    EXPECT_EQ(bar->currentMatch(), 1);
    bar->findNext();
    EXPECT_EQ(bar->currentMatch(), 0);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return); // Enter in Find is Next
    EXPECT_EQ(bar->currentMatch(), 1);
    EXPECT_EQ(bar->statusLabel()->text(), QStringLiteral("2 of 2"));
    // Find Next and Find Previous keys work from the story's own fields too.
    QWidget* summary = editor->proseFields().value(1);
    summary->setFocus();
    QTest::keySequence(summary, QKeySequence(QKeySequence::FindNext));
    EXPECT_EQ(bar->currentMatch(), 0);
    QTest::keySequence(summary, QKeySequence(QKeySequence::FindPrevious));
    EXPECT_EQ(bar->currentMatch(), 1);
}

TEST_F(FindReplaceTest, MatchCaseNarrowsTheSearch)
{
    search(QStringLiteral("BUDGET"));
    EXPECT_EQ(bar->matchCount(), 5);
    bar->matchCaseBox()->setChecked(true);
    EXPECT_EQ(bar->matchCount(), 1);
    EXPECT_EQ(selection(editor->sectionEdit(StorySection::Situation)), QStringLiteral("BUDGET"));
    bar->findEdit()->setText(QStringLiteral("nowhere"));
    EXPECT_EQ(bar->statusLabel()->text(), QStringLiteral("No matches"));
}

TEST_F(FindReplaceTest, ReplaceChangesTheCurrentMatchAndMovesOn)
{
    search(QStringLiteral("plan"));
    bar->replaceEdit()->setText(QStringLiteral("roadmap"));
    bar->replace();
    EXPECT_EQ(stored().action, QStringLiteral("I rebuilt the roadmap around the budget."));
    EXPECT_EQ(document->undoStack().count(), 1);
    EXPECT_EQ(bar->matchCount(), 1);
    EXPECT_EQ(selection(editor->proseFields().last()), QStringLiteral("plan")) << "the cue is next";
}

TEST_F(FindReplaceTest, ReplaceAllIsOneUndoStepWrittenToTheBank)
{
    search(QStringLiteral("budget"));
    bar->replaceEdit()->setText(QStringLiteral("funding"));
    const int stepsBefore = document->undoStack().count();
    EXPECT_EQ(bar->replaceAll(), 5);
    EXPECT_EQ(bar->statusLabel()->text(), QStringLiteral("Replaced 5"));
    EXPECT_EQ(document->undoStack().count(), stepsBefore + 1);
    EXPECT_FALSE(document->hasPendingEdits());

    const Story after = stored();
    EXPECT_EQ(after.title, QStringLiteral("funding rescue"));
    EXPECT_EQ(after.summary, QStringLiteral("Saved the funding in a week"));
    EXPECT_EQ(after.situation, QStringLiteral("Our funding was cut by half."));
    EXPECT_EQ(after.action, QStringLiteral("I rebuilt the plan around the funding."));
    EXPECT_EQ(after.cues.value(0), QStringLiteral("funding halved"));
    EXPECT_EQ(after.learning, QStringLiteral("A budget is a plan.")) << "hidden: left alone";
    EXPECT_EQ(Bank::open(bankPath())->story(id)->title, QStringLiteral("funding rescue"));

    document->undoStack().undo();
    const Story undone = stored();
    EXPECT_EQ(undone.title, QStringLiteral("Budget rescue"));
    EXPECT_EQ(undone.situation, QStringLiteral("Our BUDGET was cut by half."));
    EXPECT_EQ(undone.cues.value(0), QStringLiteral("budget halved"));
    EXPECT_EQ(editor->titleEdit()->text(), QStringLiteral("Budget rescue"));
    EXPECT_EQ(bar->matchCount(), 5) << "the count follows the restored text";
}

TEST_F(FindReplaceTest, TypingWaitingToBeWrittenStaysItsOwnStep)
{
    QPlainTextEdit* result = editor->sectionEdit(StorySection::Result);
    result->setFocus();
    QTest::keyClicks(result, QStringLiteral("The budget held."));
    search(QStringLiteral("budget"));
    bar->replaceEdit()->setText(QStringLiteral("funding"));
    bar->replaceAll();
    EXPECT_EQ(stored().result, QStringLiteral("The funding held."));
    EXPECT_EQ(document->undoStack().count(), 2);
    document->undoStack().undo();
    EXPECT_EQ(stored().result, QStringLiteral("The budget held."));
}

TEST_F(FindReplaceTest, EscapeClosesTheBar)
{
    search(QStringLiteral("plan"));
    ASSERT_TRUE(bar->isVisible());
    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(editor->focusWidget(), editor->sectionEdit(StorySection::Action))
        << "back in the text, on the match";
}

TEST_F(FindReplaceTest, OpeningFromASelectionSearchesForIt)
{
    QPlainTextEdit* action = editor->sectionEdit(StorySection::Action);
    action->setFocus();
    QTextCursor cursor(action->document());
    cursor.setPosition(2);
    cursor.setPosition(9, QTextCursor::KeepAnchor); // "rebuilt"
    action->setTextCursor(cursor);
    editor->findReplaceAction()->trigger();
    EXPECT_EQ(bar->findEdit()->text(), QStringLiteral("rebuilt"));
    EXPECT_EQ(bar->matchCount(), 2);
    EXPECT_EQ(bar->statusLabel()->text(), QStringLiteral("1 of 2"));
}

TEST_F(FindReplaceTest, NoStoryNoFindBar)
{
    search(QStringLiteral("plan"));
    editor->setStory(StoryId());
    EXPECT_FALSE(bar->isVisible());
    EXPECT_FALSE(editor->findReplaceAction()->isEnabled());
}

} // namespace
} // namespace sb::test

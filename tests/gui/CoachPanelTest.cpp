// The coach's advice in the story editor: shown for the open story, a click selects the words
// it is about, Dismiss sets it aside for the story and undo brings it back.

#include "app/gui/coach/CoachPanel.h"
#include "app/gui/BankDocument.h"
#include "app/gui/StoryEditor.h"
#include "tests/gui/DocumentTest.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace sb::test {
namespace {

using namespace sb::gui;

QStringList rules(const CoachPanel& panel)
{
    QStringList ids;
    for (const CoachFinding& finding : panel.findings())
        ids.append(finding.rule);
    return ids;
}

class CoachPanelTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Story story = sampleStory();
        story.action = QStringLiteral("I paired on the riskiest module and helped with testing.");
        id = document->bank().addStory(story);
        editor = std::make_unique<StoryEditor>(*document);
        editor->setStory(id);
        editor->resize(900, 1400);
        editor->show();
    }

    int row(const QString& rule) const { return int(rules(*editor->coachPanel()).indexOf(rule)); }

    std::unique_ptr<StoryEditor> editor;
    StoryId id;
};

TEST_F(CoachPanelTest, TheOpenStorysAdviceIsListed)
{
    EXPECT_TRUE(rules(*editor->coachPanel()).contains(QStringLiteral("vague-language")));
    EXPECT_FALSE(rules(*editor->coachPanel()).contains(QStringLiteral("empty-result")));
}

TEST_F(CoachPanelTest, ClickingAdviceSelectsTheWordsItIsAbout)
{
    const int vague = row(QStringLiteral("vague-language"));
    ASSERT_GE(vague, 0);
    QListWidget* list = editor->coachPanel()->list();
    QListWidgetItem* item = list->item(vague);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());

    QPlainTextEdit* action = editor->sectionEdit(StorySection::Action);
    EXPECT_EQ(action->textCursor().selectedText(), QStringLiteral("helped with"));
}

TEST_F(CoachPanelTest, TypingThatFixesTheTextClearsTheAdviceOnceWritten)
{
    QPlainTextEdit* action = editor->sectionEdit(StorySection::Action);
    action->setPlainText(QStringLiteral("I paired on the riskiest module and wrote the tests."));
    editor->commitPending();
    EXPECT_FALSE(rules(*editor->coachPanel()).contains(QStringLiteral("vague-language")));
}

TEST_F(CoachPanelTest, DismissSetsAdviceAsideForTheStoryAndUndoBringsItBack)
{
    const int vague = row(QStringLiteral("vague-language"));
    ASSERT_GE(vague, 0);
    editor->coachPanel()->list()->setCurrentRow(vague);
    QTest::mouseClick(editor->coachPanel()->dismissButton(), Qt::LeftButton);

    EXPECT_EQ(row(QStringLiteral("vague-language")), -1);
    EXPECT_TRUE(
        document->bank().dismissedCoachRules(id).contains(QStringLiteral("vague-language")));

    document->undoStack().undo();
    EXPECT_GE(row(QStringLiteral("vague-language")), 0);
    EXPECT_TRUE(document->bank().dismissedCoachRules(id).isEmpty());
}

} // namespace
} // namespace sb::test

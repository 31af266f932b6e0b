// The question editor's suggested stories: the ones sharing the question's category come
// first, with why; Link links the chosen one (an undo step) and it leaves the suggestions.

#include "app/gui/BankDocument.h"
#include "app/gui/QuestionEditor.h"
#include "app/gui/coverage/SuggestedStoriesPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace sb::test {
namespace {

using namespace sb::gui;

class SuggestedStoriesTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        Category conflict;
        conflict.name = QStringLiteral("Conflict");
        const CategoryId conflictId = bank.addCategory(conflict);
        Question question;
        question.text = QStringLiteral("Tell me about a disagreement with your manager.");
        question.categories = {conflictId};
        questionId = bank.addQuestion(question);
        Story filed = sampleStory(QStringLiteral("Pricing dispute"));
        filed.categories = {conflictId};
        filedId = bank.addStory(filed);
        Story unrelated = sampleStory(QStringLiteral("Quiet weekend"));
        unrelated.situation = QStringLiteral("Nothing happened.");
        unrelated.task.clear();
        unrelated.action.clear();
        unrelated.result.clear();
        unrelated.learning.clear();
        unrelated.summary.clear();
        unrelated.cues.clear();
        bank.addStory(unrelated);

        editor = std::make_unique<QuestionEditor>(*document);
        editor->setQuestion(questionId);
        editor->show();
    }

    QuestionId questionId;
    StoryId filedId;
    std::unique_ptr<QuestionEditor> editor;
};

TEST_F(SuggestedStoriesTest, AStoryOfTheQuestionsCategoryIsSuggestedWithWhy)
{
    SuggestedStoriesPanel* panel = editor->suggestionsPanel();
    ASSERT_FALSE(panel->stories().isEmpty());
    EXPECT_EQ(panel->stories().first(), filedId);
    EXPECT_TRUE(panel->list()->item(0)->text().startsWith(QStringLiteral("Pricing dispute — ")));
}

TEST_F(SuggestedStoriesTest, LinkLinksTheChosenStoryAndUndoTakesItBack)
{
    SuggestedStoriesPanel* panel = editor->suggestionsPanel();
    panel->list()->setCurrentRow(0);
    QTest::mouseClick(panel->linkButton(), Qt::LeftButton);

    EXPECT_TRUE(document->bank().linkBetween(filedId, questionId).has_value());
    EXPECT_FALSE(panel->stories().contains(filedId)); // linked stories are not suggested

    document->undoStack().undo();
    EXPECT_FALSE(document->bank().linkBetween(filedId, questionId).has_value());
    EXPECT_TRUE(panel->stories().contains(filedId));
}

} // namespace
} // namespace sb::test

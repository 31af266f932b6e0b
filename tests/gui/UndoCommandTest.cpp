#include "app/gui/BankDocument.h"
#include "app/gui/undo/AddStoryCommand.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/undo/RemoveStoryCommand.h"
#include "app/gui/undo/UndoMacro.h"
#include "tests/gui/DocumentTest.h"

namespace sb::test {
namespace {

using namespace sb::gui;

class UndoCommandTest : public DocumentTest {
protected:
    void SetUp() override { openDocument(false); }
    Bank& docBank() { return document->bank(); }
    QUndoStack& stack() { return document->undoStack(); }
};

TEST_F(UndoCommandTest, AddStoryUndoRemovesAndRedoRestoresTheSameId)
{
    auto* command = new AddStoryCommand(*document, sampleStory());
    stack().push(command);
    const StoryId id = command->story();
    ASSERT_TRUE(docBank().story(id).has_value());
    stack().undo();
    EXPECT_FALSE(docBank().story(id).has_value());
    stack().redo();
    ASSERT_TRUE(docBank().story(id).has_value());
    EXPECT_EQ(docBank().story(id)->title, sampleStory().title);
}

TEST_F(UndoCommandTest, EditStoryUndoAndRedoSwapTheWholeStory)
{
    const StoryId id = docBank().addStory(sampleStory());
    const Story before = *docBank().story(id);
    Story after = before;
    after.result = QStringLiteral("Different result");
    after.method = StoryMethod::Carl;
    stack().push(new EditStoryCommand(*document, before, after, QStringLiteral("edit")));
    EXPECT_EQ(docBank().story(id)->result, QStringLiteral("Different result"));
    stack().undo();
    EXPECT_EQ(docBank().story(id)->result, before.result);
    EXPECT_EQ(docBank().story(id)->method, StoryMethod::StarL);
    stack().redo();
    EXPECT_EQ(docBank().story(id)->method, StoryMethod::Carl);
}

TEST_F(UndoCommandTest, RemoveStoryUndoBringsBackItsLinksAndTags)
{
    Story story = sampleStory();
    story.tags = {docBank().ensureTag(QStringLiteral("kept"))};
    const StoryId id = docBank().addStory(story);
    Question question;
    question.text = QStringLiteral("Q?");
    const QuestionId questionId = docBank().addQuestion(question);
    docBank().link({id, questionId, LinkFit::Partial, QStringLiteral("angle")});

    stack().push(new RemoveStoryCommand(*document, id));
    EXPECT_FALSE(docBank().story(id).has_value());
    stack().undo();
    ASSERT_TRUE(docBank().story(id).has_value());
    EXPECT_EQ(docBank().story(id)->tags.size(), 1);
    EXPECT_EQ(docBank().linkBetween(id, questionId)->angle, QStringLiteral("angle"));
}

TEST_F(UndoCommandTest, AFailedWriteIsReportedAndDroppedFromTheStack)
{
    QStringList failures;
    QObject::connect(document.get(), &BankDocument::writeFailed,
        [&](const QString& message) { failures.append(message); });
    Story ghost = sampleStory();
    ghost.id = StoryId(999); // no such story: the update fails
    stack().push(new EditStoryCommand(*document, ghost, ghost, QStringLiteral("edit")));
    EXPECT_EQ(failures.size(), 1);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(UndoCommandTest, AMacroIsOneStepAndAnEmptyOneLeavesNoStep)
{
    Story ghost = sampleStory();
    ghost.id = StoryId(999); // no such story: the update fails
    {
        const UndoMacro step(*document, QStringLiteral("nothing written"));
        EXPECT_FALSE(
            document->push(new EditStoryCommand(*document, ghost, ghost, QStringLiteral("edit"))));
    }
    EXPECT_EQ(stack().count(), 0);
    EXPECT_FALSE(stack().canUndo());

    {
        const UndoMacro step(*document, QStringLiteral("two stories"));
        document->push(new AddStoryCommand(*document, sampleStory()));
        document->push(new AddStoryCommand(*document, sampleStory(QStringLiteral("Second"))));
    }
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(docBank().stats().stories, 2);
    stack().undo();
    EXPECT_EQ(docBank().stats().stories, 0);
}

} // namespace
} // namespace sb::test

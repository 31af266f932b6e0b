#include "app/gui/BankDocument.h"
#include "app/gui/LabelEditor.h"
#include "app/gui/LabelListModel.h"
#include "app/gui/LabelListPane.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;
using Kind = LabelListModel::Kind;

class LabelManagementTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        js = bank.ensureTag(QStringLiteral("js"));
        javascript = bank.ensureTag(QStringLiteral("JavaScript"));
        Story tagged = sampleStory(QStringLiteral("Frontend rewrite"));
        tagged.tags = {js};
        first = bank.addStory(tagged);
        tagged.title = QStringLiteral("Build speed-up");
        tagged.tags = {javascript};
        second = bank.addStory(tagged);
    }

    QStringList rows(const LabelListModel& model) const
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, 0).data().toString());
        return names;
    }

    TagId js, javascript;
    StoryId first, second;
};

TEST_F(LabelManagementTest, TagListShowsCountsAndFollowsRenamesAndStoryEdits)
{
    LabelListModel model(document->bank(), Kind::Tags);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(rows(model),
        (QStringList {QStringLiteral("JavaScript  (1 story)"), QStringLiteral("js  (1 story)")}));

    Story story = *document->bank().story(second);
    story.tags.append(js);
    document->bank().updateStory(story);
    EXPECT_EQ(rows(model).last(), QStringLiteral("js  (2 stories)"));

    Tag renamed = *document->bank().tag(js);
    renamed.name = QStringLiteral("aaa");
    document->bank().updateTag(renamed); // sorts first now: the row moves
    EXPECT_EQ(rows(model).first(), QStringLiteral("aaa  (2 stories)"));
}

TEST_F(LabelManagementTest, RenameAndRecolourAreUndoable)
{
    LabelEditor editor(*document, Kind::Tags);
    editor.setLabel(js.value);
    editor.nameEdit()->setFocus();
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("ECMAScript"));
    editor.commitPending();
    EXPECT_EQ(document->bank().tag(js)->name, QStringLiteral("ECMAScript"));
    editor.setColour(QStringLiteral("#4184e4"));
    EXPECT_EQ(document->bank().tag(js)->colour, QStringLiteral("#4184e4"));

    document->undoStack().undo();
    EXPECT_TRUE(document->bank().tag(js)->colour.isEmpty());
    document->undoStack().undo();
    EXPECT_EQ(document->bank().tag(js)->name, QStringLiteral("js"));
    EXPECT_EQ(editor.nameEdit()->text(), QStringLiteral("js")); // the editor shows the undo
}

TEST_F(LabelManagementTest, ARenameToATakenNameIsRefusedAndTheOldNameStays)
{
    LabelEditor editor(*document, Kind::Tags);
    QSignalSpy failures(document.get(), &BankDocument::writeFailed);
    editor.setLabel(js.value);
    editor.nameEdit()->setText(QStringLiteral("javascript"));
    emit editor.nameEdit()->textEdited(editor.nameEdit()->text());
    editor.commitPending();
    EXPECT_EQ(failures.count(), 1);
    EXPECT_EQ(document->bank().tag(js)->name, QStringLiteral("js"));
    EXPECT_EQ(editor.nameEdit()->text(), QStringLiteral("js"));
}

TEST_F(LabelManagementTest, MergeMovesTheStoriesAndUndoSplitsThemAgain)
{
    LabelEditor editor(*document, Kind::Tags);
    editor.setLabel(js.value);
    EXPECT_EQ(editor.storyList()->count(), 1);
    editor.mergeTarget()->setCurrentIndex(
        editor.mergeTarget()->findText(QStringLiteral("JavaScript")));
    editor.mergeIntoChosen();
    EXPECT_FALSE(document->bank().tag(js).has_value());
    EXPECT_EQ(document->bank().storiesWithTag(javascript), (QList<StoryId> {first, second}));
    EXPECT_EQ(editor.label(), javascript.value); // shows the tag that took the stories

    document->undoStack().undo();
    EXPECT_EQ(document->bank().story(first)->tags, QList<TagId> {js});
    EXPECT_EQ(document->bank().story(second)->tags, QList<TagId> {javascript});
    document->undoStack().redo();
    EXPECT_EQ(document->bank().story(first)->tags, QList<TagId> {javascript});
}

TEST_F(LabelManagementTest, DeletingATagTakesItOffItsStoriesAndUndoPutsItBack)
{
    LabelEditor editor(*document, Kind::Tags);
    editor.setLabel(js.value);
    editor.deleteLabel(false);
    EXPECT_FALSE(document->bank().tag(js).has_value());
    EXPECT_TRUE(document->bank().story(first)->tags.isEmpty());
    EXPECT_FALSE(editor.isEnabled());
    document->undoStack().undo();
    EXPECT_EQ(document->bank().story(first)->tags, QList<TagId> {js});
}

TEST_F(LabelManagementTest, NewCategoryGetsAFreeNameAndDeleteIsUndoable)
{
    LabelListPane pane(*document, Kind::Categories);
    QSignalSpy created(&pane, &LabelListPane::labelCreated);
    pane.addLabel();
    pane.addLabel();
    ASSERT_EQ(created.count(), 2);
    const CategoryId second(created.at(1).at(0).toLongLong());
    EXPECT_EQ(document->bank().category(second)->name, QStringLiteral("New category 2"));

    Question question;
    question.text = QStringLiteral("Q?");
    question.categories = {second};
    const QuestionId filed = document->bank().addQuestion(question);
    LabelEditor editor(*document, Kind::Categories);
    editor.setLabel(second.value);
    editor.deleteLabel(false);
    EXPECT_TRUE(document->bank().question(filed)->categories.isEmpty());
    document->undoStack().undo();
    EXPECT_EQ(document->bank().question(filed)->categories, QList<CategoryId> {second});
    document->undoStack().undo(); // the second "New category"
    EXPECT_FALSE(document->bank().category(second).has_value());
    document->undoStack().redo(); // comes back with the same id
    EXPECT_EQ(document->bank().category(second)->name, QStringLiteral("New category 2"));
}

} // namespace
} // namespace sb::test

#include "app/gui/BankDocument.h"
#include "app/gui/NavigatorModel.h"
#include "app/gui/StoryListModel.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTreeView>

namespace sb::test {
namespace {

using namespace sb::gui;
using Node = NavigatorModel::Node;
using NodeKind = NavigatorModel::NodeKind;
using Section = NavigatorModel::Section;

class NavigatorTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        conflict = bank.addCategory(category(QStringLiteral("Conflict")));
        failure = bank.addCategory(category(QStringLiteral("Failure")));
        disagreed = addQuestion(QStringLiteral("Tell me about a disagreement."), {conflict});
        failed = addQuestion(QStringLiteral("Tell me about a failure."), {failure, conflict});
        story = bank.addStory(sampleStory(QStringLiteral("Launch rescue")));
        model = std::make_unique<NavigatorModel>(*document);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    static Category category(const QString& name)
    {
        Category made;
        made.name = name;
        return made;
    }

    QuestionId addQuestion(const QString& text, const QList<CategoryId>& categories)
    {
        Question question;
        question.text = text;
        question.categories = categories;
        return document->bank().addQuestion(question);
    }

    QStringList groupNames() const
    {
        QStringList names;
        const QModelIndex questions = model->sectionIndex(Section::Questions);
        for (int row = 0; row < model->rowCount(questions); ++row)
            names.append(model->index(row, 0, questions).data().toString());
        return names;
    }

    std::unique_ptr<QMimeData> storyDrag(StoryId id)
    {
        StoryListModel stories(document->bank());
        return std::unique_ptr<QMimeData>(stories.mimeData({stories.indexOf(id)}));
    }

    CategoryId conflict, failure;
    QuestionId disagreed, failed;
    StoryId story;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(NavigatorTest, SectionsCountAndQuestionsAreGroupedUnderEachOfTheirCategories)
{
    EXPECT_EQ(model->rowCount(), 7); // the sections, then practice
    EXPECT_EQ(
        model->sectionIndex(Section::Stories).data().toString(), QStringLiteral("Stories (1)"));
    EXPECT_EQ(groupNames(),
        (QStringList {QStringLiteral("Conflict (2)"), QStringLiteral("Failure (1)")}));
    const Node node = model->nodeAt(model->questionIndex(failure, failed));
    EXPECT_EQ(node.kind, NodeKind::Question);
    EXPECT_EQ(node.question, failed);
    EXPECT_TRUE(model->questionIndex(conflict, failed).isValid()); // filed under both
}

TEST_F(NavigatorTest, FollowsQuestionAndCategoryChangesWithoutAReset)
{
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    Bank& bank = document->bank();
    const QuestionId loose = addQuestion(QStringLiteral("Why us?"), {});
    EXPECT_EQ(groupNames().last(), QStringLiteral("No category (1)"));

    Question moved = *bank.question(loose);
    moved.categories = {failure};
    bank.updateQuestion(moved);
    EXPECT_EQ(groupNames(),
        (QStringList {QStringLiteral("Conflict (2)"), QStringLiteral("Failure (2)")}));

    Category renamed = *bank.category(conflict);
    renamed.name = QStringLiteral("Disagreement");
    bank.updateCategory(renamed);
    EXPECT_EQ(groupNames().first(), QStringLiteral("Disagreement (2)"));

    bank.removeCategory(failure); // "failed" stays under Conflict; "loose" has nowhere else
    EXPECT_EQ(groupNames(),
        (QStringList {QStringLiteral("Disagreement (2)"), QStringLiteral("No category (1)")}));
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(NavigatorTest, AnsweredQuestionsAreMarkedAsLinksComeAndGo)
{
    const QModelIndex node = model->questionIndex(conflict, disagreed);
    EXPECT_TRUE(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No story yet")));
    document->bank().link({story, disagreed, LinkFit::Strong, QString()});
    EXPECT_FALSE(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No story yet")));
    document->bank().unlink(story, disagreed);
    EXPECT_TRUE(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No story yet")));
}

TEST_F(NavigatorTest, DroppingAStoryOnAQuestionLinksItUndoably)
{
    const auto drag = storyDrag(story);
    const QModelIndex target = model->questionIndex(conflict, disagreed);
    ASSERT_TRUE(model->canDropMimeData(drag.get(), Qt::LinkAction, -1, -1, target));
    EXPECT_FALSE(model->canDropMimeData(drag.get(), Qt::LinkAction, -1, -1,
        model->sectionIndex(Section::Tags))); // not a place to link to
    ASSERT_TRUE(model->dropMimeData(drag.get(), Qt::LinkAction, -1, -1, target));
    EXPECT_EQ(document->bank().linkBetween(story, disagreed)->fit, LinkFit::Strong);
    document->undoStack().undo();
    EXPECT_FALSE(document->bank().linkBetween(story, disagreed).has_value());
}

TEST_F(NavigatorTest, DroppingAStoryOnACategoryFilesItThereUndoably)
{
    const auto drag = storyDrag(story);
    QSignalSpy beforeWrite(model.get(), &NavigatorModel::aboutToWrite);
    ASSERT_TRUE(
        model->dropMimeData(drag.get(), Qt::LinkAction, -1, -1, model->categoryIndex(failure)));
    EXPECT_EQ(beforeWrite.count(), 1);
    EXPECT_EQ(document->bank().story(story)->categories, QList<CategoryId> {failure});
    document->undoStack().undo();
    EXPECT_TRUE(document->bank().story(story)->categories.isEmpty());
}

TEST_F(NavigatorTest, DropsOfAnythingButAStoryAreRefused)
{
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    EXPECT_FALSE(model->canDropMimeData(
        &text, Qt::CopyAction, -1, -1, model->questionIndex(conflict, disagreed)));
    EXPECT_FALSE(model->dropMimeData(
        &text, Qt::CopyAction, -1, -1, model->questionIndex(conflict, disagreed)));
}

TEST_F(NavigatorTest, QuestionsAreReadWhenTheSectionIsFirstExpanded)
{
    // No model tester here: it asks every node for its children, which is a first expansion.
    NavigatorModel lazy(*document);
    const QModelIndex questions = lazy.sectionIndex(Section::Questions);
    EXPECT_EQ(lazy.rowCount(questions), 0);
    EXPECT_TRUE(lazy.hasChildren(questions)) << "the expand arrow shows before the questions";
    EXPECT_TRUE(lazy.canFetchMore(questions));
    // Changes before then count, and the questions are read as they are by then.
    addQuestion(QStringLiteral("Why us?"), {});
    EXPECT_EQ(questions.data().toString(), QStringLiteral("Questions (3)"));

    QTreeView view;
    view.setModel(&lazy);
    QSignalSpy inserted(&lazy, &QAbstractItemModel::rowsInserted);
    view.expand(questions);
    view.show();
    QCoreApplication::processEvents(); // the view lays out
    ASSERT_EQ(lazy.rowCount(questions), 3);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_FALSE(lazy.canFetchMore(questions));
    EXPECT_EQ(lazy.index(2, 0, questions).data().toString(), QStringLiteral("No category (1)"));
}

TEST_F(NavigatorTest, AskingForANodeReadsTheQuestionsFirst)
{
    NavigatorModel lazy(*document);
    const QModelIndex node = lazy.questionIndex(failure, failed);
    ASSERT_TRUE(node.isValid());
    EXPECT_EQ(lazy.nodeAt(node).question, failed);
    EXPECT_FALSE(lazy.canFetchMore(lazy.sectionIndex(Section::Questions)));
}

class EmptyBankNavigatorTest : public DocumentTest { };

TEST_F(EmptyBankNavigatorTest, ShowsItsFirstCategoryAsARow)
{
    openDocument(false);
    NavigatorModel lazy(*document);
    const QModelIndex questions = lazy.sectionIndex(Section::Questions);
    EXPECT_FALSE(lazy.hasChildren(questions));
    QSignalSpy inserted(&lazy, &QAbstractItemModel::rowsInserted);
    Category teamwork;
    teamwork.name = QStringLiteral("Teamwork");
    document->bank().addCategory(teamwork);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(lazy.rowCount(questions), 1);
}

} // namespace
} // namespace sb::test

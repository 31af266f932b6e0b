#include "app/gui/BankDocument.h"
#include "app/gui/LinkTableView.h"
#include "app/gui/QuestionListModel.h"
#include "app/gui/QuestionPicker.h"
#include "app/gui/StoryLinksModel.h"
#include "app/gui/StoryLinksPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;

class LinkingTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        story = document->bank().addStory(sampleStory());
        failure = addQuestion(QStringLiteral("Tell me about a time you failed."));
        conflict = addQuestion(QStringLiteral("Describe a conflict with a manager."));
    }

    QuestionId addQuestion(const QString& text)
    {
        Question question;
        question.text = text;
        return document->bank().addQuestion(question);
    }

    StoryId story;
    QuestionId failure;
    QuestionId conflict;
};

TEST_F(LinkingTest, PanelLinksAndUnlinksThroughUndoableCommands)
{
    StoryLinksPanel panel(*document);
    QAbstractItemModelTester tester(
        panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setStory(story);
    panel.linkQuestion(failure);
    panel.linkQuestion(conflict);
    ASSERT_EQ(panel.model()->rowCount(), 2);
    EXPECT_EQ(panel.model()->index(0, StoryLinksModel::QuestionColumn).data().toString(),
        QStringLiteral("Tell me about a time you failed."));

    panel.table()->setCurrentIndex(panel.model()->index(1, 0));
    panel.removeCurrent();
    EXPECT_FALSE(document->bank().linkBetween(story, conflict).has_value());
    EXPECT_EQ(panel.model()->rowCount(), 1);

    document->undoStack().undo(); // the unlink
    EXPECT_TRUE(document->bank().linkBetween(story, conflict).has_value());
    EXPECT_EQ(panel.model()->rowCount(), 2);
    document->undoStack().undo();
    document->undoStack().undo();
    EXPECT_EQ(document->bank().stats().links, 0);
    EXPECT_EQ(panel.model()->rowCount(), 0);
}

TEST_F(LinkingTest, EditingFitAndAngleInTheTableIsOneUndoStepEach)
{
    StoryLinksPanel panel(*document);
    QAbstractItemModelTester tester(
        panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setStory(story);
    panel.linkQuestion(failure);
    StoryLinksModel* model = panel.model();
    EXPECT_TRUE(
        model->setData(model->index(0, StoryLinksModel::FitColumn), QStringLiteral("partial")));
    EXPECT_TRUE(model->setData(
        model->index(0, StoryLinksModel::AngleColumn), QStringLiteral("Own the miss")));
    auto link = document->bank().linkBetween(story, failure);
    EXPECT_EQ(link->fit, LinkFit::Partial);
    EXPECT_EQ(link->angle, QStringLiteral("Own the miss"));
    EXPECT_EQ(model->index(0, StoryLinksModel::AngleColumn).data().toString(),
        QStringLiteral("Own the miss"));

    document->undoStack().undo();
    EXPECT_TRUE(document->bank().linkBetween(story, failure)->angle.isEmpty());
    document->undoStack().undo();
    EXPECT_EQ(document->bank().linkBetween(story, failure)->fit, LinkFit::Strong);
}

TEST_F(LinkingTest, QuestionListModelFiltersAsYouTypeAndFollowsChanges)
{
    QuestionListModel model(document->bank());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 2);
    model.setSearchText(QStringLiteral("confl"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.questionAt(model.index(0)), conflict);
    model.setSearchText(QString());
    const QuestionId added = addQuestion(QStringLiteral("Why this company?"));
    EXPECT_EQ(model.rowCount(), 3);
    document->bank().removeQuestion(added);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(LinkingTest, PickerChoosesByTypingAndArrowKeys)
{
    QuestionPicker picker(document->bank());
    picker.show();
    QTest::keyClicks(picker.filterField(), QStringLiteral("manager"));
    EXPECT_EQ(picker.chosen(), conflict) << "the best match is chosen as you type";
    picker.filterField()->clear();
    QTest::keyClick(picker.filterField(), Qt::Key_Down);
    EXPECT_EQ(picker.chosen(), conflict) << "Down moves through the list from the filter field";
}

} // namespace
} // namespace sb::test

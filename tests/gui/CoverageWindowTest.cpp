// The coverage heat map: categories against stories with their totals, a click on a coloured
// cell opening the story and a click on a category showing its questions.

#include "app/gui/coverage/CoverageWindow.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NavigatorModel.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/coverage/CoverageModel.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace sb::test {
namespace {

using namespace sb::gui;

class CoverageWindowTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        Category conflict;
        conflict.name = QStringLiteral("Conflict");
        conflictId = bank.addCategory(conflict);
        Category failure;
        failure.name = QStringLiteral("Failure");
        failureId = bank.addCategory(failure);
        Question question;
        question.text = QStringLiteral("Tell me about a disagreement.");
        question.categories = {conflictId};
        const QuestionId disagreement = bank.addQuestion(question);
        question.text = QStringLiteral("Tell me about a failure.");
        question.categories = {failureId};
        bank.addQuestion(question);
        filed = bank.addStory(sampleStory(QStringLiteral("Filed under failure")));
        Story story = bank.story(filed).value();
        story.categories = {failureId};
        bank.updateStory(story);
        linked = bank.addStory(sampleStory(QStringLiteral("Partly about conflict")));
        bank.link({linked, disagreement, LinkFit::Partial, QString()});

        window = std::make_unique<MainWindow>(*document);
        window->show();
        window->showCoverage();
        coverage = window->coverageWindow();
        ASSERT_NE(coverage, nullptr);
    }

    QModelIndex cell(CategoryId category, StoryId story) const
    {
        const CoverageModel* model = coverage->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->categoryAt(row) == category && model->storyAt(column) == story)
                    return model->index(row, column);
            }
        }
        return {};
    }

    void click(const QModelIndex& index)
    {
        QTableView* table = coverage->table();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    CategoryId conflictId;
    CategoryId failureId;
    StoryId filed;
    StoryId linked;
    std::unique_ptr<MainWindow> window;
    CoverageWindow* coverage = nullptr;
};

TEST_F(CoverageWindowTest, CellsShowEachStorysStrengthAndRowsTheirTotals)
{
    QAbstractItemModelTester tester(
        coverage->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CoverageModel* model = coverage->model();
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->columnCount(), CoverageModel::FirstStory + 2);
    EXPECT_EQ(model->strengthAt(cell(failureId, filed)), Strength::Strong);
    EXPECT_EQ(model->strengthAt(cell(conflictId, linked)), Strength::Partial);
    EXPECT_EQ(model->strengthAt(cell(conflictId, filed)), Strength::None);
    EXPECT_EQ(cell(failureId, filed).data().toString(), QStringLiteral("S"));
    const int conflictRow = cell(conflictId, linked).row();
    EXPECT_EQ(model->index(conflictRow, CoverageModel::Partial).data().toInt(), 1);
    EXPECT_EQ(model->index(conflictRow, CoverageModel::Strong).data().toInt(), 0);
    EXPECT_EQ(model->index(conflictRow, CoverageModel::Unanswered).data().toInt(), 0);
    EXPECT_TRUE(coverage->summary()->text().contains(QStringLiteral("2 categories")))
        << coverage->summary()->text().toStdString();
}

TEST_F(CoverageWindowTest, ClickingACellOpensTheStory)
{
    click(cell(conflictId, linked));
    EXPECT_EQ(window->editor()->story(), linked);
}

TEST_F(CoverageWindowTest, ClickingACategoryShowsItsQuestions)
{
    const int row = cell(failureId, filed).row();
    click(coverage->model()->index(row, CoverageModel::Name));
    const NavigatorModel::Node node =
        window->navigatorModel()->nodeAt(window->navigator()->currentIndex());
    EXPECT_EQ(node.kind, NavigatorModel::NodeKind::Category);
    EXPECT_EQ(node.category, failureId);
}

TEST_F(CoverageWindowTest, OpeningItAgainReadsTheBankAfresh)
{
    document->bank().link({filed, document->bank().questions().at(0).id, LinkFit::Strong, {}});
    window->showCoverage();
    EXPECT_EQ(coverage->model()->strengthAt(cell(conflictId, filed)), Strength::Strong);
}

} // namespace
} // namespace sb::test

#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NavigatorModel.h"
#include "app/gui/practice/FlashcardWindow.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace sb::test {
namespace {

using namespace sb::gui;
using NodeKind = NavigatorModel::NodeKind;
using Section = NavigatorModel::Section;

// Issue 7, "due today" in the navigator: the count follows what is logged and removed, and the
// day; Enter on it opens the flashcards.
class NavigatorPracticeTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        launch = bank.addStory(sampleStory(QStringLiteral("Rescued the launch")));
        mentoring = bank.addStory(sampleStory(QStringLiteral("Mentored a new hire")));
        Question asked;
        asked.text = QStringLiteral("Tell me about a failure.");
        failure = bank.addQuestion(asked);
        model = std::make_unique<NavigatorModel>(*document);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    // Practised a week ago: its next practice, a day later, has come.
    void practiseLastWeek(const PracticeItem& item)
    {
        document->bank().logPractice(
            item, Recall::Good, 90, QDateTime::currentDateTime().addDays(-7));
    }

    // The count is taken once the bank's notifications of one write have all arrived.
    bool dueBecomes(int count)
    {
        return QTest::qWaitFor([&] { return model->dueCount() == count; }, 2000);
    }

    QString practiceText() const { return model->practiceIndex().data().toString(); }

    StoryId launch, mentoring;
    QuestionId failure;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(NavigatorPracticeTest, CountsWhatIsDueAsPracticeIsLoggedAndAsStoriesAndQuestionsGo)
{
    ASSERT_EQ(model->rowCount(), 7) << "the six sections, then practice";
    EXPECT_EQ(model->nodeAt(model->practiceIndex()).kind, NodeKind::Practice);
    EXPECT_EQ(practiceText(), QStringLiteral("Practice (none due)"));

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    practiseLastWeek({launch, QuestionId()});
    ASSERT_TRUE(dueBecomes(1));
    EXPECT_EQ(practiceText(), QStringLiteral("Practice (1 due)"));
    EXPECT_EQ(changed.last().at(0).toModelIndex(), model->practiceIndex());
    EXPECT_TRUE(model->practiceIndex().data(Qt::FontRole).value<QFont>().bold());
    practiseLastWeek({mentoring, QuestionId()});
    practiseLastWeek({StoryId(), failure});
    ASSERT_TRUE(dueBecomes(3));
    EXPECT_EQ(practiceText(), QStringLiteral("Practice (3 due)"));

    // Practised again today: its next practice is tomorrow.
    document->bank().logPractice(
        {launch, QuestionId()}, Recall::Good, 60, QDateTime::currentDateTime());
    ASSERT_TRUE(dueBecomes(2));

    document->bank().removeStory(mentoring); // its practice goes with it
    ASSERT_TRUE(dueBecomes(1));
    document->bank().removeQuestion(failure);
    ASSERT_TRUE(dueBecomes(0));
    EXPECT_EQ(practiceText(), QStringLiteral("Practice (none due)"));
    EXPECT_EQ(
        model->sectionIndex(Section::Stories).data().toString(), QStringLiteral("Stories (1)"));
}

TEST_F(NavigatorPracticeTest, CountsAgainWhenTheDayChangesWithTheWindowOpen)
{
    document->bank().logPractice(
        {launch, QuestionId()}, Recall::Good, 60, QDateTime::currentDateTime());
    // A clock half a second before midnight that runs on with the real one.
    const QDateTime beforeMidnight(QDate::currentDate(), QTime(23, 59, 59, 500));
    QElapsedTimer running;
    running.start();
    model->setClock(
        [beforeMidnight, running] { return beforeMidnight.addMSecs(running.elapsed()); });
    ASSERT_EQ(model->dueCount(), 0) << "due tomorrow";
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->dueCount() == 1; }, 5000))
        << "due once midnight has passed";
}

TEST_F(NavigatorPracticeTest, PracticeLeavesTheQuestionsUnreadUntilTheyAreShown)
{
    NavigatorModel lazy(*document);
    const QModelIndex questions = lazy.sectionIndex(Section::Questions);
    practiseLastWeek({StoryId(), failure});
    ASSERT_TRUE(QTest::qWaitFor([&] { return lazy.dueCount() == 1; }, 2000));
    EXPECT_TRUE(lazy.canFetchMore(questions));
    EXPECT_EQ(lazy.rowCount(questions), 0);
    EXPECT_EQ(questions.data().toString(), QStringLiteral("Questions (1)"));
}

TEST_F(NavigatorPracticeTest, ThePracticeNodeTakesNoDrops)
{
    EXPECT_FALSE(model->flags(model->practiceIndex()).testFlag(Qt::ItemIsDropEnabled));
}

TEST_F(NavigatorPracticeTest, EnterOrADoubleClickOpensTheFlashcardsAndArrowingPastDoesNot)
{
    MainWindow window(*document);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTreeView* navigator = window.navigator();
    const QModelIndex node = window.navigatorModel()->practiceIndex();
    navigator->setFocus();
    // The last row above practice: the Journal's story material (the window expands it).
    navigator->setCurrentIndex(window.navigatorModel()->storyMaterialIndex());
    QTest::keyClick(navigator, Qt::Key_Down);
    ASSERT_EQ(navigator->currentIndex(), node);
    EXPECT_TRUE(window.findChildren<FlashcardWindow*>().isEmpty());
    EXPECT_EQ(window.section(), Section::Journal) << "the list shown stays";

    QTest::keyClick(navigator, Qt::Key_Return);
    const auto opened = window.findChildren<FlashcardWindow*>();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first()->cardsLeft(), 2) << "nothing due: the two new stories";
    opened.first()->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // A double-click is a press and release, then a press that is the double-click.
    const QPoint centre = navigator->visualRect(node).center();
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, centre);
    EXPECT_TRUE(window.findChildren<FlashcardWindow*>().isEmpty()) << "a click only selects";
    QTest::mouseDClick(navigator->viewport(), Qt::LeftButton, {}, centre);
    EXPECT_EQ(window.findChildren<FlashcardWindow*>().size(), 1);
}

} // namespace
} // namespace sb::test

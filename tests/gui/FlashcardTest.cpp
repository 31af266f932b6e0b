#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "app/gui/practice/FlashcardWindow.h"
#include "core/practice/PracticeDeck.h"
#include "tests/gui/DocumentTest.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

namespace sb::test {
namespace {

using gui::FlashcardWindow;

// Issue 7, flashcards: a sitting driven from the keyboard, offscreen. The schedule itself is
// tested in ReviewSchedulerTest.
class FlashcardTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Story launch = sampleStory(QStringLiteral("Rescued the launch"));
        launch.cues = {QStringLiteral("Three days late"), QStringLiteral("Cut scope, not quality")};
        first = document->bank().addStory(launch);
        second = document->bank().addStory(sampleStory(QStringLiteral("Mentored a new hire")));
    }

    StoryId first;
    StoryId second;
};

TEST_F(FlashcardTest, NewStoriesMakeTheDeckAndWhatWasPractisedWaitsItsTurn)
{
    const QDate today = QDate::currentDate();
    ASSERT_EQ(practice::flashcardDeck(document->bank(), today, 10).size(), 2);
    document->bank().logPractice(
        {first, QuestionId()}, Recall::Good, 60, QDateTime::currentDateTime());
    const QList<PracticeItem> deck = practice::flashcardDeck(document->bank(), today, 10);
    ASSERT_EQ(deck.size(), 1) << "practised today, due tomorrow";
    EXPECT_EQ(deck.first().story, second);
    EXPECT_EQ(practice::flashcardDeck(document->bank(), today.addDays(1), 10).first().story, first)
        << "due items come before new ones";
}

TEST_F(FlashcardTest, SpaceFlipsANumberRatesAndEscEnds)
{
    FlashcardWindow cards(
        document->bank(), practice::flashcardDeck(document->bank(), QDate::currentDate(), 10));
    cards.show();
    QApplication::setActiveWindow(&cards);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&cards));
    EXPECT_EQ(cards.prompt()->text(), QStringLiteral("Rescued the launch"));
    EXPECT_FALSE(cards.isFlipped());

    QTest::keyClick(&cards, Qt::Key_3);
    EXPECT_TRUE(document->bank().practiceRecords().isEmpty()) << "rated before it was seen";
    QTest::keyClick(&cards, Qt::Key_Space);
    ASSERT_TRUE(cards.isFlipped());
    EXPECT_TRUE(cards.answer()->toPlainText().contains(QStringLiteral("Cut scope, not quality")));
    EXPECT_TRUE(cards.answer()->toPlainText().contains(sampleStory().result));
    const auto buttons = cards.findChildren<QPushButton*>();
    EXPECT_TRUE(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton* button) {
        return button->isVisibleTo(button->window())
            && button->text() == QStringLiteral("Easy (4) · tomorrow");
    })) << "each answer says when the card comes back";

    QTest::keyClick(&cards, Qt::Key_2);
    ASSERT_EQ(document->bank().practiceRecords().size(), 1);
    const PracticeRecord logged = document->bank().practiceRecords().first();
    EXPECT_EQ(logged.story, first);
    EXPECT_EQ(logged.rating, int(Recall::Hard));
    EXPECT_EQ(logged.nextDue, QDate::currentDate().addDays(1));
    EXPECT_EQ(cards.prompt()->text(), QStringLiteral("Mentored a new hire"));
    EXPECT_FALSE(cards.isFlipped());

    QTest::keyClick(&cards, Qt::Key_Space);
    QTest::keyClick(&cards, Qt::Key_4);
    EXPECT_EQ(cards.cardsLeft(), 0);
    EXPECT_TRUE(cards.summary()->text().contains(QStringLiteral("Hard 1")))
        << cards.summary()->text().toStdString();
    EXPECT_TRUE(cards.summary()->text().contains(QStringLiteral("Easy 1")));

    QTest::keyClick(&cards, Qt::Key_Escape);
    EXPECT_FALSE(cards.isVisible());
}

TEST_F(FlashcardTest, TheMainWindowOpensThemFromThePracticeMenu)
{
    gui::MainWindow window(*document);
    window.show();
    window.showFlashcards();
    auto* cards = window.findChild<FlashcardWindow*>();
    ASSERT_NE(cards, nullptr);
    EXPECT_EQ(cards->cardsLeft(), 2);
}

} // namespace
} // namespace sb::test

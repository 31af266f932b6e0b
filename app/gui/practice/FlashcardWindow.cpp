#include "app/gui/practice/FlashcardWindow.h"

#include "app/gui/practice/FullWindowMode.h"
#include "app/gui/practice/PracticeAnswer.h"

#include "core/Bank.h"
#include "core/BankError.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>

namespace sb::gui {

FlashcardWindow::FlashcardWindow(Bank& bank, QList<PracticeItem> deck, QWidget* parent)
    : QWidget(parent, Qt::Window), m_bank(bank), m_deck(std::move(deck))
{
    setWindowTitle(tr("Flashcards"));
    buildUi();
    // Window-wide, so they work whichever button has focus; Space never presses a button.
    const auto key = [this](const QKeySequence& sequence, auto action) {
        connect(new QShortcut(sequence, this), &QShortcut::activated, this, action);
    };
    key(QKeySequence(Qt::Key_Space), [this] {
        if (!isFlipped())
            flip();
    });
    for (int value = 1; value <= 4; ++value)
        key(QKeySequence(Qt::Key(Qt::Key_0 + value)), [this, value] {
            if (isFlipped())
                rate(Recall(value));
        });
    key(QKeySequence(Qt::Key_Escape), [this] { close(); });
    addFullWindowToggle(this);
    showCard();
}

void FlashcardWindow::buildUi()
{
    m_pages = new QStackedWidget;
    auto* card = new QWidget;
    auto* cardLayout = new QVBoxLayout(card);
    m_progress = new QLabel;
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_kind = new QLabel;
    m_prompt = new QLabel;
    m_prompt->setWordWrap(true);
    m_prompt->setAlignment(Qt::AlignCenter);
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_prompt->setFont(big);
    m_answer = new QTextBrowser;
    m_flip = new QPushButton(tr("Show the Story  (Space)"));
    m_flip->setFocusPolicy(Qt::NoFocus);
    connect(m_flip, &QPushButton::clicked, this, &FlashcardWindow::flip);
    m_ratings = new QWidget;
    auto* ratingRow = new QHBoxLayout(m_ratings);
    ratingRow->setContentsMargins(0, 0, 0, 0);
    for (int value = 1; value <= 4; ++value) {
        auto* button = new QPushButton;
        m_rateButtons.append(button);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, value] { rate(Recall(value)); });
        ratingRow->addWidget(button);
    }
    cardLayout->addWidget(m_progress);
    cardLayout->addWidget(m_kind, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_prompt, 1);
    cardLayout->addWidget(m_answer, 3);
    cardLayout->addWidget(m_flip);
    cardLayout->addWidget(m_ratings);

    auto* done = new QWidget;
    auto* doneLayout = new QVBoxLayout(done);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignCenter);
    auto* close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    doneLayout->addStretch();
    doneLayout->addWidget(m_summary);
    doneLayout->addWidget(close, 0, Qt::AlignHCenter);
    doneLayout->addStretch();

    m_pages->addWidget(card);
    m_pages->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(readableColumn(m_pages));
    resize(640, 520);
}

bool FlashcardWindow::isFlipped() const
{
    return m_pages->currentIndex() == 0 && m_answer->isVisibleTo(this);
}

void FlashcardWindow::showCard()
{
    if (m_at >= m_deck.size()) {
        showSummary();
        return;
    }
    const PracticeItem& item = m_deck[m_at];
    m_progress->setText(tr("Card %1 of %2").arg(m_at + 1).arg(m_deck.size()));
    if (item.isQuestion()) {
        m_kind->setText(tr("Which story do you tell, and how?"));
        const auto question = m_bank.question(item.question);
        m_prompt->setText(question ? question->text : QString());
    } else {
        m_kind->setText(tr("Tell this story"));
        const auto story = m_bank.story(item.story);
        m_prompt->setText(story ? story->title : QString());
    }
    m_answer->hide();
    m_ratings->hide();
    m_flip->show();
    m_shownFor.start();
}

void FlashcardWindow::flip()
{
    if (m_at >= m_deck.size())
        return;
    m_answer->setHtml(practiceAnswerHtml(m_bank, m_deck[m_at]));
    showNextIntervals(m_deck[m_at]);
    m_answer->show();
    m_flip->hide();
    m_ratings->show();
}

// Each answer says when the card comes back, so the choice means something.
void FlashcardWindow::showNextIntervals(const PracticeItem& item)
{
    const std::optional<PracticeRecord> last = m_bank.lastPractice(item);
    for (int value = 1; value <= 4; ++value)
        m_rateButtons[value - 1]->setText(ratingButtonText(Recall(value), last));
}

void FlashcardWindow::rate(Recall recall)
{
    if (m_at >= m_deck.size())
        return;
    const int seconds = int(m_shownFor.elapsed() / 1000);
    try {
        m_bank.logPractice(m_deck[m_at], recall, seconds, QDateTime::currentDateTime());
    } catch (const BankError& error) {
        // The card stays, so the answer can be given again once the bank takes it.
        QMessageBox::warning(this, tr("Practice not saved"), error.message());
        return;
    }
    ++m_counts[int(recall) - 1];
    ++m_at;
    showCard();
}

void FlashcardWindow::showSummary()
{
    const int total = m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3];
    if (total == 0) {
        m_summary->setText(tr("Nothing is due today. Write a story, or come back tomorrow."));
    } else {
        m_summary->setText((total == 1 ? tr("Done: 1 card.") : tr("Done: %1 cards.").arg(total))
            + QStringLiteral("\n")
            + tr("Again %1 · Hard %2 · Good %3 · Easy %4")
                  .arg(m_counts[0])
                  .arg(m_counts[1])
                  .arg(m_counts[2])
                  .arg(m_counts[3])
            + QStringLiteral("\n") + tr("The ones you found hard come back soonest."));
    }
    m_pages->setCurrentIndex(1);
}

} // namespace sb::gui

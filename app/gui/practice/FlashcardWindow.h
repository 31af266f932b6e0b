#pragma once

#include "core/practice/PracticeItem.h"
#include "core/practice/Recall.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sb {
class Bank;
}

namespace sb::gui {

// Flashcards: a card shows a story's title or a question; the user recalls the story, flips
// the card (Space) to see its cues and sections, and says how it went (1 again, 2 hard,
// 3 good, 4 easy), which schedules its next practice. Esc ends the sitting; a summary closes
// it. Practice is logged straight to the bank: it is a record, not an edit to undo.
class FlashcardWindow : public QWidget {
    Q_OBJECT

public:
    FlashcardWindow(Bank& bank, QList<PracticeItem> deck, QWidget* parent = nullptr);

    bool isFlipped() const;
    void flip();
    void rate(Recall recall);
    int cardsLeft() const { return int(m_deck.size() - m_at); }
    QLabel* prompt() const { return m_prompt; }
    QTextBrowser* answer() const { return m_answer; }
    QLabel* summary() const { return m_summary; }

private:
    void buildUi();
    void showCard();
    void showSummary();
    void showNextIntervals(const PracticeItem& item);

    Bank& m_bank;
    QList<PracticeItem> m_deck;
    qsizetype m_at = 0;
    int m_counts[4] = {0, 0, 0, 0}; // by recall, again first
    QElapsedTimer m_shownFor;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_prompt = nullptr;
    QTextBrowser* m_answer = nullptr;
    QPushButton* m_flip = nullptr;
    QWidget* m_ratings = nullptr;
    QList<QPushButton*> m_rateButtons; // again first
    QLabel* m_summary = nullptr;
};

} // namespace sb::gui

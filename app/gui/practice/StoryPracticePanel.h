#pragma once

#include "core/model/BankChange.h"
#include "core/model/Id.h"
#include "core/model/PracticeRecord.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sb {
class Bank;
}

namespace sb::gui {

// The story editor's "Practice" row: this story's practice, newest first (when, what was
// practised, how long, how it went) and when it comes up next. Read-only; it follows the
// bank, so a flashcard answered while the story is open shows up, and it never takes focus.
class StoryPracticePanel : public QWidget {
    Q_OBJECT

public:
    explicit StoryPracticePanel(Bank& bank, QWidget* parent = nullptr);

    void setStory(StoryId story);
    StoryId story() const { return m_story; }

    QTreeWidget* list() const { return m_list; }
    // "Next practice: …", or the one line shown when the story has not been practised.
    QLabel* nextLine() const { return m_next; }

    // "Next practice: tomorrow", "… in 5 days (Fri 4 Dec)", "… due now".
    static QString nextText(QDate nextDue, QDate today);
    // "Today", "Yesterday", "Mon 30 Nov", "3 Jan 2025".
    static QString dayText(QDate day, QDate today);

private:
    void onBankChanged(const BankChange& change);
    void reload();

    Bank& m_bank;
    StoryId m_story;
    QList<PracticeRecord> m_records; // newest first, as listed
    QTimer m_reload; // many changes at once (an import) are read once
    QTreeWidget* m_list = nullptr;
    QLabel* m_next = nullptr;
};

} // namespace sb::gui

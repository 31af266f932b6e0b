#pragma once

#include "core/model/BankChange.h"
#include "core/model/Id.h"

#include <QLabel>

namespace sb {
class Bank;
}

namespace sb::gui {

// One quiet line under a story written from a journal entry, naming the entry as a link that
// opens it; hidden for every other story.
class StoryOriginLabel : public QLabel {
    Q_OBJECT

public:
    explicit StoryOriginLabel(Bank& bank, QWidget* parent = nullptr);

    void setStory(StoryId story);
    JournalEntryId entry() const { return m_entry; }

signals:
    void entryRequested(sb::JournalEntryId entry);

private:
    void refresh();
    void onBankChanged(const BankChange& change);

    Bank& m_bank;
    StoryId m_story;
    JournalEntryId m_entry;
};

} // namespace sb::gui

#pragma once

#include "core/model/BankChange.h"
#include "core/model/JournalEntry.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sb::gui {

class BankDocument;

// Edits one journal entry: when, what happened, metrics, feedback, tags and ratings, and turns
// it into a story. Typing is written as in the story editor: one undo step per burst, within
// a second, and no Save button.
class JournalEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kCommitDelayMs = 600; // as in the story editor
    static constexpr int kRetryDelayMs = 3000;

    explicit JournalEditor(BankDocument& document, QWidget* parent = nullptr);

    // As StoryEditor::setStory: text the bank refused keeps its entry on screen.
    bool setEntry(JournalEntryId id);
    JournalEntryId entry() const { return m_entry.id; }
    bool commitPending(); // as StoryEditor::commitPending
    void focusTitle();

    QLineEdit* titleEdit() const { return m_title; }
    QCheckBox* datedCheck() const { return m_dated; }
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* periodCheck() const { return m_period; }
    QDateEdit* endDateEdit() const { return m_endDate; }
    QPlainTextEdit* detailsEdit() const { return m_details; }
    QPlainTextEdit* metricsEdit() const { return m_metrics; }
    QPlainTextEdit* feedbackEdit() const { return m_feedback; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QComboBox* ratingBox(int which) const { return m_ratings.value(which); } // impact, scope, inv.
    // "Promote to Story", or "Open Story" once the entry is one.
    QPushButton* promoteButton() const { return m_promote; }

signals:
    // The entry's story was written or is asked for: show it.
    void storyRequested(sb::StoryId story);

private:
    void buildUi();
    void showEntry(const JournalEntry& entry);
    void showPromotion(); // the button says what it will do for this entry
    JournalEntry entryFromFields() const;
    void fieldEdited();
    bool commitFields();
    void promoteOrOpen();
    void onBankChanged(const BankChange& change);

    BankDocument& m_document;
    JournalEntry m_entry; // as last written
    QTimer m_commitTimer;
    bool m_loading = false;

    QStackedWidget* m_pages = nullptr; // the form, or "no entry is open"
    QLineEdit* m_title = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_endDate = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPlainTextEdit* m_metrics = nullptr;
    QPlainTextEdit* m_feedback = nullptr;
    QLineEdit* m_tags = nullptr;
    QList<QComboBox*> m_ratings;
    QPushButton* m_promote = nullptr;
};

} // namespace sb::gui

#pragma once

#include "core/analysis/StoryCoach.h"
#include "core/model/BankChange.h"
#include "core/model/Story.h"
#include "core/model/StorySections.h"

#include <QHash>

#include <QTimer>
#include <QWidget>
#include <functional>

class QAction;
class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace sb::gui {

class BankDocument;
class CoachPanel;
class FindReplaceBar;
class StoryLabelsPanel;
class StoryLinksPanel;
class StoryOriginLabel;
class StoryPracticePanel;

// Edits one story. Typing is written through an undo command once the user pauses (well
// within a second), so a burst of typing is one undo step and nothing typed is lost.
class StoryEditor : public QWidget {
    Q_OBJECT

public:
    // How long typing may pause before it is written; the autosave promise is one second.
    static constexpr int kCommitDelayMs = 600;
    // How often text the bank refused (disk full, read-only) is offered to it again.
    static constexpr int kRetryDelayMs = 3000;

    explicit StoryEditor(BankDocument& document, QWidget* parent = nullptr);

    // False when typed text the bank refused keeps this story on screen instead: showing
    // another would throw that text away.
    bool setStory(StoryId id);
    StoryId story() const { return m_story.id; }
    // Writes what is typed but not yet written (before switching story, closing, …); false
    // when the bank refused it, and the text stays in the fields to be tried again.
    bool commitPending();
    void focusTitle();

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* sectionEdit(StorySection section) const { return m_sections.value(section); }
    StoryLinksPanel* linksPanel() const { return m_links; }
    StoryLabelsPanel* labelsPanel() const { return m_labels; }
    CoachPanel* coachPanel() const { return m_coach; }
    StoryPracticePanel* practicePanel() const { return m_practice; }
    // The journal entry the story was written from, as a link (hidden for other stories).
    StoryOriginLabel* originLabel() const { return m_origin; }
    // The story's text as the reader meets it: title, summary, the sections this method
    // shows, cues. Find and replace searches these.
    QList<QWidget*> proseFields() const;
    // Edit ▸ Find in Story… (Ctrl+H): opens the find bar under the story.
    QAction* findReplaceAction() const;
    FindReplaceBar* findReplaceBar() const { return m_findBar; }

private:
    void buildUi();
    QPlainTextEdit* addSection(StorySection section, QFormLayout* form);
    bool commitFields();
    void showStory(const Story& story);
    void showSections();
    void updateSpeakingTime();
    Story storyFromFields() const;
    void fieldEdited();
    void setMethod(StoryMethod method);
    // One undoable edit of the story's non-text parts (method, categories, tags), made after
    // any typing waiting to be written.
    void applyChange(const std::function<void(Story&)>& change, const QString& text);
    void addTag(const QString& name);
    void onBankChanged(const BankChange& change);
    // The coach's advice on the story as the bank holds it.
    void updateCoach();
    // Selects the words a finding is about, so the user can rewrite them at once.
    void showFinding(const CoachFinding& finding);

    BankDocument& m_document;
    Story m_story; // as last written to the bank
    QTimer m_commitTimer;
    bool m_loading = false;

    QStackedWidget* m_pages = nullptr; // the form, or "no story is open"
    QLineEdit* m_title = nullptr;
    QLineEdit* m_summary = nullptr;
    QButtonGroup* m_method = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_timeLabel = nullptr;
    QHash<StorySection, QPlainTextEdit*> m_sections;
    QHash<StorySection, QLabel*> m_sectionLabels;
    QPlainTextEdit* m_cues = nullptr;
    StoryLinksPanel* m_links = nullptr;
    StoryLabelsPanel* m_labels = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_period = nullptr;
    QList<QComboBox*> m_ratings; // impact, complexity, involvement, confidence
    FindReplaceBar* m_findBar = nullptr;
    CoachPanel* m_coach = nullptr;
    StoryPracticePanel* m_practice = nullptr;
    StoryOriginLabel* m_origin = nullptr;
    StoryCoach m_coachRules;
};

} // namespace sb::gui

#pragma once

#include "core/model/BankChange.h"
#include "core/model/Interview.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sb::gui {

class BankDocument;
class CompanyValuesPanel;
class ExpectedQuestionsPanel;
class PitchEditor;
class ToldStoriesPanel;

// Edits one interview: who, when, which stage, the research, the questions expected with the
// stories planned for them (and which of those were told to this company before), the
// company's values and the stories that show them, questions to ask, this interview's pitch and
// what was told in the end. Every edit is an undo command that writes the whole interview;
// typing is written once the user pauses, one undo step per burst, as in the story editor.
class InterviewEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kCommitDelayMs = 600; // as the story editor
    static constexpr int kRetryDelayMs = 3000;
    using Change = std::function<void(Interview&)>;

    explicit InterviewEditor(BankDocument& document, QWidget* parent = nullptr);

    // As StoryEditor::setStory: text the bank refused keeps its interview on screen.
    bool setInterview(InterviewId id);
    InterviewId interview() const { return m_interview.id; }
    // The interview as last written (the panels build their changes on it).
    const Interview& current() const { return m_interview; }
    bool commitPending();
    void focusCompany();
    // One undoable edit of the interview's lists, made after any typing waiting to be written.
    // False when there is no interview or the bank refused it.
    bool applyChange(const Change& change, const QString& text);

    QLineEdit* companyEdit() const { return m_company; }
    QLineEdit* roleEdit() const { return m_role; }
    QLineEdit* levelEdit() const { return m_level; }
    QCheckBox* datedBox() const { return m_dated; }
    QDateTimeEdit* dateEdit() const { return m_date; }
    QComboBox* stageCombo() const { return m_stage; }
    QLineEdit* interviewersEdit() const { return m_interviewers; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPlainTextEdit* asksEdit() const { return m_asks; }
    ExpectedQuestionsPanel* questionsPanel() const { return m_questions; }
    ToldStoriesPanel* toldPanel() const { return m_told; }
    CompanyValuesPanel* valuesPanel() const { return m_values; }
    PitchEditor* pitchEditor() const { return m_pitch; }
    QPushButton* dayViewButton() const { return m_dayView; }

signals:
    void dayViewRequested(sb::InterviewId id);

private:
    void buildUi();
    QWidget* buildBasics();
    void showInterview(const Interview& interview);
    void showPanels();
    Interview interviewFromFields() const;
    void fieldEdited();
    bool commitFields();
    bool push(const Interview& after, const QString& text);
    void setDated(bool dated);
    void onBankChanged(const BankChange& change);

    BankDocument& m_document;
    Interview m_interview; // as last written
    QTimer m_commitTimer;
    bool m_loading = false;

    QStackedWidget* m_pages = nullptr; // the form, or "no interview is open"
    QLineEdit* m_company = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_level = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateTimeEdit* m_date = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_interviewers = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_asks = nullptr;
    ExpectedQuestionsPanel* m_questions = nullptr;
    ToldStoriesPanel* m_told = nullptr;
    CompanyValuesPanel* m_values = nullptr;
    PitchEditor* m_pitch = nullptr;
    QPushButton* m_dayView = nullptr;
};

} // namespace sb::gui

#include "app/gui/interview/InterviewEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/interview/CompanyValuesPanel.h"
#include "app/gui/interview/ExpectedQuestionsPanel.h"
#include "app/gui/interview/InterviewCommands.h"
#include "app/gui/interview/InterviewText.h"
#include "app/gui/interview/PitchEditor.h"
#include "app/gui/interview/ToldStoriesPanel.h"
#include "core/interview/RepeatGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>

namespace sb::gui {

InterviewEditor::InterviewEditor(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &InterviewEditor::commitFields);
    connect(&m_document.bank(), &Bank::changed, this, &InterviewEditor::onBankChanged);
    buildUi();
    m_pitch->setFallback(m_document.bank().defaultPitch());
    setEnabled(false);
}

bool InterviewEditor::setInterview(InterviewId id)
{
    if (!commitPending())
        return id == m_interview.id;
    const auto interview = id.isValid() ? m_document.bank().interview(id) : std::nullopt;
    setEnabled(interview.has_value());
    m_pages->setCurrentIndex(interview ? 0 : 1);
    showInterview(interview.value_or(Interview {}));
    return true;
}

void InterviewEditor::focusCompany()
{
    m_company->setFocus(Qt::OtherFocusReason);
    m_company->selectAll();
}

void InterviewEditor::showInterview(const Interview& interview)
{
    m_loading = true;
    m_interview = interview;
    // Only fields whose text differs are replaced, so the cursor stays where the user is.
    const auto setLine = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0);
        }
    };
    const auto setText = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setLine(m_company, interview.company);
    setLine(m_role, interview.role);
    setLine(m_level, interview.level);
    setLine(m_interviewers, interview.interviewers);
    if (m_stage->currentText() != interview.stage)
        m_stage->setEditText(interview.stage);
    const bool dated = interview.scheduled.isValid();
    m_dated->setChecked(dated);
    m_date->setEnabled(dated);
    const QDateTime shown = dated ? interview.scheduled.toLocalTime() : m_date->minimumDateTime();
    if (m_date->dateTime() != shown)
        m_date->setDateTime(shown);
    setText(m_notes, interview.notes);
    setText(m_asks, interview.asks.join(u'\n'));
    m_pitch->setPitch(interview.pitch);
    m_loading = false;
    showPanels();
}

void InterviewEditor::showPanels()
{
    const auto told = m_interview.id.isValid()
        ? repeatguard::toldAtCompany(m_interview, m_document.bank().interviews())
        : QHash<StoryId, QList<EarlierTelling>>();
    m_questions->showInterview(m_interview, told);
    m_told->showInterview(m_interview);
    m_values->showInterview(m_interview);
}

Interview InterviewEditor::interviewFromFields() const
{
    Interview interview = m_interview;
    // An emptied company field keeps the last name written: an interview needs one.
    if (!m_company->text().trimmed().isEmpty())
        interview.company = m_company->text();
    interview.role = m_role->text();
    interview.level = m_level->text();
    interview.interviewers = m_interviewers->text();
    interview.stage = m_stage->currentText();
    interview.scheduled = m_dated->isChecked() ? m_date->dateTime() : QDateTime();
    interview.notes = m_notes->toPlainText();
    QStringList asks;
    for (const QString& line : m_asks->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            asks.append(line.trimmed());
    }
    interview.asks = asks;
    interview.pitch = m_pitch->pitch();
    return interview;
}

void InterviewEditor::fieldEdited()
{
    if (m_loading || !m_interview.id.isValid())
        return;
    m_document.setPendingEdits(true);
    m_commitTimer.start(kCommitDelayMs);
}

bool InterviewEditor::commitPending()
{
    return commitFields();
}

bool InterviewEditor::commitFields()
{
    m_commitTimer.stop();
    if (m_interview.id.isValid()) {
        const Interview edited = interviewFromFields();
        if (!(edited == m_interview)
            && !push(edited, tr("Edit “%1”").arg(interviewtext::title(edited)))) {
            if (!m_document.lastFailureMayPass()) {
                // A value the bank does not allow is refused at every try: the fields go back
                // to what it holds (the refusal was shown once) instead of a retry loop.
                showInterview(m_interview);
                m_document.setPendingEdits(false);
                return true;
            }
            // Not written (disk full, bank busy): still pending, and offered again until the
            // bank takes it.
            m_commitTimer.start(kRetryDelayMs);
            return false;
        }
    }
    m_document.setPendingEdits(false);
    return true;
}

bool InterviewEditor::push(const Interview& after, const QString& text)
{
    if (after == m_interview)
        return true;
    m_commitTimer.stop();
    const Interview before = m_interview;
    m_interview = after; // first, so the change notification finds nothing new to show
    if (m_document.push(new EditInterviewCommand(m_document, before, after, text)))
        return true;
    m_interview = m_document.bank().interview(before.id).value_or(before);
    return false;
}

bool InterviewEditor::applyChange(const Change& change, const QString& text)
{
    const bool typingSaved = commitPending();
    if (!m_interview.id.isValid())
        return false;
    Interview after = typingSaved ? m_interview : interviewFromFields();
    change(after);
    if (!push(after, text)) {
        showPanels();
        return false;
    }
    showPanels();
    return true;
}

void InterviewEditor::setDated(bool dated)
{
    if (m_loading)
        return;
    m_date->setEnabled(dated);
    if (dated && m_date->dateTime() == m_date->minimumDateTime()) {
        // A date is being set: start from tomorrow morning rather than the "no date" marker.
        m_loading = true;
        m_date->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
        m_loading = false;
    } else if (!dated) {
        m_loading = true;
        m_date->setDateTime(m_date->minimumDateTime());
        m_loading = false;
    }
    if (m_interview.id.isValid())
        commitFields();
}

void InterviewEditor::onBankChanged(const BankChange& change)
{
    using Entity = BankChange::Entity;
    if (change.entity == Entity::Pitch) {
        m_pitch->setFallback(m_document.bank().defaultPitch());
        return;
    }
    if (!m_interview.id.isValid())
        return;
    if (change.entity == Entity::Interview && change.id == m_interview.id.value) {
        if (change.kind == BankChange::Kind::Removed) {
            m_commitTimer.stop();
            m_interview = Interview {}; // nothing typed is left to write to an interview now gone
            m_document.setPendingEdits(false);
            setInterview(InterviewId());
            return;
        }
        if (const auto now = m_document.bank().interview(m_interview.id)) {
            Interview shown = m_interview;
            shown.updated = now->updated;
            if (!(*now == shown) && !m_commitTimer.isActive()) {
                showInterview(*now); // undo, redo, or another part of the window
                return;
            }
            m_interview.updated = now->updated;
        }
        showPanels();
        return;
    }
    const bool removed = change.kind == BankChange::Kind::Removed;
    if ((change.entity == Entity::Story || change.entity == Entity::Question) && removed) {
        // Its plans and tellings went with it: write on from what the bank now holds.
        if (const auto now = m_document.bank().interview(m_interview.id)) {
            m_interview.questions = now->questions;
            m_interview.plan = now->plan;
            m_interview.told = now->told;
            m_interview.values = now->values;
        }
    }
    if (change.entity == Entity::Interview || change.entity == Entity::Story
        || change.entity == Entity::Question)
        showPanels(); // titles, cues, and what was told at the other rounds
}

} // namespace sb::gui

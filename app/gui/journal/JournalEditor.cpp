#include "app/gui/journal/JournalEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/journal/JournalCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace sb::gui {

namespace {

QStringList tagNames(const QString& text)
{
    QStringList names;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

} // namespace

JournalEditor::JournalEditor(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &JournalEditor::commitFields);
    connect(&document.bank(), &Bank::changed, this, &JournalEditor::onBankChanged);
    buildUi();
    setEnabled(false);
}

bool JournalEditor::setEntry(JournalEntryId id)
{
    if (!commitPending())
        return id == m_entry.id;
    const std::optional<JournalEntry> entry =
        id.isValid() ? m_document.bank().journalEntry(id) : std::nullopt;
    setEnabled(entry.has_value());
    m_pages->setCurrentIndex(entry ? 0 : 1);
    showEntry(entry.value_or(JournalEntry {}));
    return true;
}

void JournalEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void JournalEditor::showEntry(const JournalEntry& entry)
{
    m_loading = true;
    m_entry = entry;
    // Only fields whose text differs are replaced, so the cursor stays where the user is.
    if (m_title->text() != entry.title) {
        m_title->setText(entry.title);
        m_title->setCursorPosition(0);
    }
    for (auto [edit, text] : {std::pair {m_details, entry.details},
             std::pair {m_metrics, entry.metrics}, std::pair {m_feedback, entry.feedback}}) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    }
    const QString tags = entry.tags.join(QStringLiteral(", "));
    if (tagNames(m_tags->text()) != entry.tags)
        m_tags->setText(tags);
    // An undated entry (an import may bring one) shows as such and stays undated until a date
    // is set, rather than taking today's date at its first edit.
    const bool dated = entry.date.isValid();
    m_dated->setChecked(dated);
    m_date->setEnabled(dated);
    m_date->setDate(dated ? entry.date : m_date->minimumDate());
    m_period->setChecked(entry.endDate.isValid());
    m_endDate->setEnabled(entry.endDate.isValid());
    m_endDate->setMinimumDate(m_date->date());
    m_endDate->setDate(entry.endDate.isValid() ? entry.endDate
            : dated                            ? entry.date
                                               : QDate::currentDate());
    const int ratings[] = {entry.impact, entry.scope, entry.involvement};
    for (int i = 0; i < m_ratings.size(); ++i)
        m_ratings[i]->setCurrentIndex(m_ratings[i]->findData(ratings[i]));
    showPromotion();
    m_loading = false;
}

void JournalEditor::showPromotion()
{
    const bool promoted = m_entry.story.isValid();
    m_promote->setText(promoted ? tr("Open Story") : tr("Promote to Story"));
    m_promote->setToolTip(promoted
            ? tr("Show the story written from this entry")
            : tr("Write a draft story (STAR) from this entry: what happened becomes the "
                 "situation, the metrics and feedback the result"));
}

JournalEntry JournalEditor::entryFromFields() const
{
    JournalEntry entry = m_entry;
    // A title cleared to be retyped keeps the one written: an entry always has a title.
    if (!m_title->text().trimmed().isEmpty())
        entry.title = m_title->text();
    entry.details = m_details->toPlainText();
    entry.metrics = m_metrics->toPlainText();
    entry.feedback = m_feedback->toPlainText();
    entry.tags = tagNames(m_tags->text());
    entry.date = m_dated->isChecked() ? m_date->date() : QDate();
    entry.endDate = m_period->isChecked() ? std::max(m_endDate->date(), entry.date) : QDate();
    int* ratings[] = {&entry.impact, &entry.scope, &entry.involvement};
    for (int i = 0; i < m_ratings.size(); ++i)
        *ratings[i] = m_ratings[i]->currentData().toInt();
    return entry;
}

void JournalEditor::fieldEdited()
{
    if (m_loading || !m_entry.id.isValid())
        return;
    m_document.setPendingEdits(true);
    m_commitTimer.start(kCommitDelayMs);
}

bool JournalEditor::commitPending()
{
    return commitFields();
}

bool JournalEditor::commitFields()
{
    m_commitTimer.stop();
    if (!m_entry.id.isValid()) {
        m_document.setPendingEdits(false);
        return true;
    }
    const JournalEntry edited = entryFromFields();
    if (!(edited == m_entry)) {
        const JournalEntry before = m_entry;
        m_entry = edited; // first, so the change notification finds nothing new to show
        if (!m_document.push(new EditJournalEntryCommand(
                m_document, before, edited, tr("Edit “%1”").arg(edited.title)))) {
            m_entry = m_document.bank().journalEntry(before.id).value_or(before);
            if (!m_document.lastFailureMayPass()) {
                // A value the bank does not allow is refused at every try: the fields go back
                // to what it holds (the refusal was shown once) instead of a retry loop.
                showEntry(m_entry);
                m_document.setPendingEdits(false);
                return true;
            }
            // Not written (disk full, bank busy): the text stays in the fields and is offered
            // again.
            m_commitTimer.start(kRetryDelayMs);
            return false;
        }
    }
    m_document.setPendingEdits(false);
    return true;
}

void JournalEditor::promoteOrOpen()
{
    if (!commitPending() || !m_entry.id.isValid())
        return;
    if (m_entry.story.isValid()) {
        emit storyRequested(m_entry.story);
        return;
    }
    auto* command = new PromoteJournalEntryCommand(m_document, m_entry.id);
    if (m_document.push(command))
        emit storyRequested(command->story());
}

void JournalEditor::onBankChanged(const BankChange& change)
{
    const bool ours = change.entity == BankChange::Entity::Journal && change.id == m_entry.id.value;
    const bool itsStoryGone = change.entity == BankChange::Entity::Story
        && change.kind == BankChange::Kind::Removed && change.id == m_entry.story.value;
    if (!ours && !itsStoryGone)
        return;
    if (ours && change.kind == BankChange::Kind::Removed) {
        // Whatever was typed belonged to the entry now gone: nothing is left to write.
        m_commitTimer.stop();
        m_entry = JournalEntry {};
        m_document.setPendingEdits(false);
        setEntry(JournalEntryId());
        return;
    }
    // Undo, redo or a promotion changed it: show what the bank now holds.
    if (const std::optional<JournalEntry> current = m_document.bank().journalEntry(m_entry.id)) {
        JournalEntry shown = m_entry;
        shown.updated = current->updated;
        if (!(*current == shown) && !m_commitTimer.isActive())
            showEntry(*current);
        else
            m_entry.updated = current->updated;
        if (current->story != m_entry.story) {
            // Typing is still waiting and stays; the back-reference is the bank's.
            m_entry.story = current->story;
            showPromotion();
        }
    }
}

} // namespace sb::gui

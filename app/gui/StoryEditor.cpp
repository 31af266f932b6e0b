#include "app/gui/StoryEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/StoryLabelsPanel.h"
#include "app/gui/StoryLinksPanel.h"
#include "app/gui/StorySectionTexts.h"
#include "app/gui/coach/CoachPanel.h"
#include "app/gui/journal/StoryOriginLabel.h"
#include "app/gui/practice/StoryPracticePanel.h"
#include "app/gui/undo/AddTagCommand.h"
#include "app/gui/undo/DismissCoachCommand.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/undo/UndoMacro.h"
#include "app/gui/writing/FindReplaceBar.h"
#include "core/analysis/SpeakingTime.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextCursor>
#include <QUndoStack>

namespace sb::gui {

StoryEditor::StoryEditor(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    // The pause in typing writes the text fields only: an angle being typed in the links table
    // stays open until the user leaves it.
    connect(&m_commitTimer, &QTimer::timeout, this, &StoryEditor::commitFields);
    connect(&m_document.bank(), &Bank::changed, this, &StoryEditor::onBankChanged);
    buildUi();
    setEnabled(false);
}

bool StoryEditor::setStory(StoryId id)
{
    if (!commitPending())
        return id == m_story.id;
    const std::optional<Story> story = id.isValid() ? m_document.bank().story(id) : std::nullopt;
    setEnabled(story.has_value());
    m_pages->setCurrentIndex(story ? 0 : 1);
    m_findBar->setStoryShown(story.has_value());
    showStory(story.value_or(Story {}));
    m_links->setStory(story ? story->id : StoryId());
    m_practice->setStory(story ? story->id : StoryId());
    m_origin->setStory(story ? story->id : StoryId());
    return true;
}

QList<QWidget*> StoryEditor::proseFields() const
{
    QList<QWidget*> fields {m_title, m_summary};
    for (StorySection section : sectionsOf(m_story.method))
        fields.append(m_sections[section]);
    fields.append(m_cues);
    return fields;
}

QAction* StoryEditor::findReplaceAction() const
{
    return m_findBar->openAction();
}

void StoryEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void StoryEditor::showStory(const Story& story)
{
    m_loading = true;
    m_story = story;
    // Only fields whose text differs are replaced, so the cursor stays where the user is.
    const auto setLine = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text) {
            edit->setText(text);
            // setText() leaves the cursor at the end, so a hook longer than the field showed
            // its last words instead of its first.
            edit->setCursorPosition(0);
        }
    };
    const auto setText = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setLine(m_title, story.title);
    setLine(m_summary, story.summary);
    setLine(m_role, story.role);
    setLine(m_organization, story.organization);
    setLine(m_period, story.period);
    for (StorySection section : allStorySections())
        setText(m_sections[section], sectionText(story, section));
    setText(m_cues, story.cues.join(u'\n'));
    m_status->setCurrentIndex(m_status->findData(int(story.status)));
    const int ratings[] = {story.impact, story.complexity, story.involvement, story.confidence};
    for (int i = 0; i < m_ratings.size(); ++i)
        m_ratings[i]->setCurrentIndex(m_ratings[i]->findData(ratings[i]));
    m_method->button(int(story.method))->setChecked(true);
    m_labels->showStory(story);
    showSections();
    updateSpeakingTime();
    updateCoach();
    m_loading = false;
}

void StoryEditor::showSections()
{
    const QList<StorySection> shown = sectionsOf(m_story.method);
    for (StorySection section : allStorySections()) {
        m_sections[section]->setVisible(shown.contains(section));
        m_sectionLabels[section]->setVisible(shown.contains(section));
    }
}

void StoryEditor::updateSpeakingTime()
{
    int total = 0;
    for (StorySection section : sectionsOf(m_story.method)) {
        const int words = speakingtime::words(m_sections[section]->toPlainText());
        total += words;
        m_sectionLabels[section]->setText(words == 0
                ? sectionTitle(section)
                : tr("%1 · %2").arg(sectionTitle(section), wordCount(words)));
    }
    const int seconds = speakingtime::seconds(total);
    m_timeLabel->setText(
        tr("%1 of %2 spoken · %3 at %4 per minute")
            .arg(speakingtime::clock(seconds), speakingtime::clock(speakingtime::kTargetSeconds),
                wordCount(total))
            .arg(speakingtime::kWordsPerMinute));
    // Over the target is worth a glance, not an alarm.
    m_timeLabel->setForegroundRole(
        seconds > speakingtime::kTargetSeconds ? QPalette::Link : QPalette::WindowText);
}

Story StoryEditor::storyFromFields() const
{
    Story story = m_story;
    story.title = m_title->text();
    story.summary = m_summary->text();
    story.role = m_role->text();
    story.organization = m_organization->text();
    story.period = m_period->text();
    // Only the sections this method shows are read back: hidden ones keep their text.
    for (StorySection section : sectionsOf(story.method))
        setSectionText(story, section, m_sections[section]->toPlainText());
    story.cues = m_cues->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    story.status = StoryStatus(m_status->currentData().toInt());
    int* ratings[] = {&story.impact, &story.complexity, &story.involvement, &story.confidence};
    for (int i = 0; i < m_ratings.size(); ++i)
        *ratings[i] = m_ratings[i]->currentData().toInt();
    return story;
}

void StoryEditor::fieldEdited()
{
    if (m_loading || !m_story.id.isValid())
        return;
    m_document.setPendingEdits(true);
    m_commitTimer.start(kCommitDelayMs);
}

bool StoryEditor::commitPending()
{
    m_links->commitPending();
    return commitFields();
}

bool StoryEditor::commitFields()
{
    m_commitTimer.stop();
    if (!m_story.id.isValid()) {
        m_document.setPendingEdits(false);
        return true;
    }
    const Story edited = storyFromFields();
    if (!(edited == m_story)) {
        const Story before = m_story;
        m_story = edited; // first, so the change notification finds nothing new to show
        if (!m_document.push(new EditStoryCommand(
                m_document, before, edited, tr("Edit “%1”").arg(edited.title)))) {
            // Not written (disk full, bank busy): the text stays in the fields, still pending,
            // and is offered again until the bank takes it.
            m_story = m_document.bank().story(before.id).value_or(before);
            m_commitTimer.start(kRetryDelayMs);
            return false;
        }
    }
    m_document.setPendingEdits(false);
    return true;
}

void StoryEditor::setMethod(StoryMethod method)
{
    if (m_loading || method == m_story.method)
        return;
    applyChange([method](Story& story) { story.method = method; },
        tr("Tell “%1” as %2").arg(m_story.title, m_method->button(int(method))->text()));
}

void StoryEditor::applyChange(const std::function<void(Story&)>& change, const QString& text)
{
    // Typing the bank refused goes along with this change, in one step.
    const bool typingSaved = commitPending();
    if (!m_story.id.isValid())
        return;
    const Story before = m_story;
    Story after = typingSaved ? m_story : storyFromFields();
    change(after);
    if (after == before)
        return;
    m_story = after;
    if (m_document.push(new EditStoryCommand(m_document, before, after, text))) {
        showStory(m_story);
        return;
    }
    // Refused: the method, labels and ratings go back to what the bank holds, while typed text
    // stays in its field (pending, offered again) instead of giving way to the saved text.
    const Story saved = m_document.bank().story(before.id).value_or(before);
    m_story = saved;
    showStory(storyFromFields());
    m_story = saved; // what the next write is compared with
    if (!(storyFromFields() == saved))
        m_commitTimer.start(kRetryDelayMs);
}

void StoryEditor::addTag(const QString& name)
{
    if (!m_story.id.isValid())
        return;
    const QString title = m_story.title;
    if (const auto existing = m_document.bank().tagNamed(name)) {
        const TagId id = existing->id;
        applyChange(
            [id](Story& story) {
                if (!story.tags.contains(id))
                    story.tags.append(id);
            },
            tr("Tag “%1” with “%2”").arg(title, existing->name));
        return;
    }
    // A new tag and its use are one step to undo.
    commitPending();
    const UndoMacro step(m_document, tr("Tag “%1” with “%2”").arg(title, name));
    auto* create = new AddTagCommand(m_document, name);
    if (m_document.push(create)) {
        const TagId id = create->tag();
        applyChange([id](Story& story) { story.tags.append(id); }, QString());
    }
}

void StoryEditor::onBankChanged(const BankChange& change)
{
    if (change.entity != BankChange::Entity::Story || change.id != m_story.id.value)
        return;
    if (change.kind == BankChange::Kind::Removed) {
        // Whatever was typed belonged to the story now gone: nothing is left to write.
        m_commitTimer.stop();
        m_story = Story {};
        m_document.setPendingEdits(false);
        setStory(StoryId());
        return;
    }
    // Undo, redo or another window changed it: show what the bank now holds.
    if (const std::optional<Story> current = m_document.bank().story(m_story.id)) {
        // Timestamps aside: our own write changed only `updated`, and nothing needs redrawing.
        Story shown = m_story;
        shown.updated = current->updated;
        if (!(*current == shown) && !m_commitTimer.isActive())
            showStory(*current);
        else
            m_story.updated = current->updated;
        updateCoach(); // our own write, a link or a dismissal may change the advice
    }
}

void StoryEditor::updateCoach()
{
    if (!m_story.id.isValid()) {
        m_coach->setFindings({});
        return;
    }
    m_coach->setFindings(
        m_coachRules.review(m_story, StoryCoach::contextFor(m_document.bank(), m_story)));
}

void StoryEditor::showFinding(const CoachFinding& finding)
{
    if (!finding.section) {
        // About the whole story (its length, its links): the links are where to act.
        if (finding.rule == QLatin1String("unlinked"))
            m_links->setFocus(Qt::OtherFocusReason);
        return;
    }
    QPlainTextEdit* edit = m_sections.value(*finding.section);
    if (!edit)
        return;
    const int size = edit->document()->characterCount() - 1;
    QTextCursor cursor(edit->document());
    cursor.setPosition(std::clamp(finding.start, 0, size));
    cursor.setPosition(
        std::clamp(finding.start + finding.length, 0, size), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->setFocus(Qt::OtherFocusReason);
    edit->ensureCursorVisible();
}

} // namespace sb::gui

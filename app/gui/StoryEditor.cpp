#include "app/gui/StoryEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/SharedHistoryFilter.h"
#include "app/gui/StoryLabelsPanel.h"
#include "app/gui/StoryLinksPanel.h"
#include "app/gui/StorySectionTexts.h"
#include "app/gui/undo/AddTagCommand.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/undo/UndoMacro.h"
#include "core/analysis/SpeakingTime.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

const QList<StorySection> kAllSections {StorySection::Situation, StorySection::Task,
    StorySection::Context, StorySection::Action, StorySection::Result, StorySection::Learning};

} // namespace

StoryEditor::StoryEditor(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &StoryEditor::commitPending);
    connect(&m_document.bank(), &Bank::changed, this, &StoryEditor::onBankChanged);
    buildUi();
    setEnabled(false);
}

void StoryEditor::buildUi()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("Story title, e.g. “Rescued the Q3 launch”"));
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    layout->addWidget(m_title);

    m_summary = new QLineEdit;
    m_summary->setPlaceholderText(tr("The one-line hook you would open with"));
    m_summary->setAccessibleName(tr("Summary"));
    layout->addWidget(m_summary);

    auto* bar = new QHBoxLayout;
    m_method = new QButtonGroup(this);
    const QList<std::pair<StoryMethod, QString>> methods {{StoryMethod::Star, tr("STAR")},
        {StoryMethod::StarL, tr("STAR+L")}, {StoryMethod::Carl, tr("CARL")}};
    for (const auto& [method, label] : methods) {
        auto* button = new QToolButton;
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Tell this story as %1").arg(label));
        m_method->addButton(button, int(method));
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Idea"), int(StoryStatus::Idea));
    m_status->addItem(tr("Draft"), int(StoryStatus::Draft));
    m_status->addItem(tr("Ready"), int(StoryStatus::Ready));
    bar->addWidget(m_status);
    bar->addStretch();
    m_timeLabel = new QLabel;
    m_timeLabel->setAccessibleName(tr("Speaking time"));
    bar->addWidget(m_timeLabel);
    layout->addLayout(bar);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (StorySection section : kAllSections)
        m_sections.insert(section, addSection(section, form));

    m_cues = new QPlainTextEdit;
    m_cues->setPlaceholderText(
        tr("3–5 short lines to glance at on your cheat sheet, one per line"));
    m_cues->setAccessibleName(tr("Cues"));
    m_cues->setTabChangesFocus(true);
    m_cues->setMinimumHeight(m_cues->fontMetrics().lineSpacing() * 7);
    form->addRow(tr("Cues"), m_cues);
    m_labels = new StoryLabelsPanel(m_document.bank());
    form->addRow(tr("Categories and tags"), m_labels);
    m_links = new StoryLinksPanel(m_document);
    form->addRow(tr("Questions this story answers"), m_links);
    layout->addLayout(form);

    auto* details = new QFormLayout;
    m_role = new QLineEdit;
    m_role->setPlaceholderText(tr("Your role, e.g. Tech lead"));
    m_organization = new QLineEdit;
    m_organization->setPlaceholderText(tr("Company or team"));
    m_period = new QLineEdit;
    m_period->setPlaceholderText(tr("When, e.g. Spring 2023"));
    details->addRow(tr("Role"), m_role);
    details->addRow(tr("Organization"), m_organization);
    details->addRow(tr("When"), m_period);
    auto* ratings = new QHBoxLayout;
    for (const QString& name :
        {tr("Impact"), tr("Complexity"), tr("Involvement"), tr("Confidence")}) {
        auto* box = new QComboBox;
        box->setAccessibleName(name);
        box->addItem(tr("–"), 0);
        for (int value = 1; value <= 5; ++value)
            box->addItem(QString::number(value), value);
        ratings->addWidget(new QLabel(name));
        ratings->addWidget(box);
        m_ratings.append(box);
    }
    ratings->addStretch();
    details->addRow(tr("Ratings"), ratings);
    layout->addLayout(details);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* history = new SharedHistoryFilter([this] { commitPending(); }, this);
    for (QLineEdit* edit : {m_title, m_summary, m_role, m_organization, m_period}) {
        connect(edit, &QLineEdit::textEdited, this, &StoryEditor::fieldEdited);
        history->watch(edit);
    }
    for (QPlainTextEdit* edit : std::as_const(m_sections))
        history->watch(edit);
    history->watch(m_cues);
    connect(m_cues, &QPlainTextEdit::textChanged, this, &StoryEditor::fieldEdited);
    for (QComboBox* box : std::as_const(m_ratings))
        connect(box, &QComboBox::activated, this, &StoryEditor::fieldEdited);
    connect(m_status, &QComboBox::activated, this, &StoryEditor::fieldEdited);
    // Tab goes from the title straight into the writing; the method and status come last.
    QList<QWidget*> order {m_title, m_summary};
    for (StorySection section : kAllSections)
        order.append(m_sections[section]);
    order << m_cues << m_role << m_organization << m_period;
    for (QComboBox* box : std::as_const(m_ratings))
        order.append(box);
    for (QAbstractButton* button : m_method->buttons())
        order.append(button);
    order.append(m_status);
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    connect(
        m_labels, &StoryLabelsPanel::categoryToggled, this, [this](CategoryId id, bool checked) {
            applyChange(
                [id, checked](Story& story) {
                    story.categories.removeAll(id);
                    if (checked)
                        story.categories.append(id);
                },
                tr("Categories of “%1”").arg(m_story.title));
        });
    connect(m_labels, &StoryLabelsPanel::tagAdded, this, &StoryEditor::addTag);
    connect(m_labels, &StoryLabelsPanel::tagRemoved, this, [this](TagId id) {
        applyChange(
            [id](Story& story) { story.tags.removeAll(id); }, tr("Untag “%1”").arg(m_story.title));
    });
    connect(
        m_method, &QButtonGroup::idClicked, this, [this](int id) { setMethod(StoryMethod(id)); });
}

QPlainTextEdit* StoryEditor::addSection(StorySection section, QFormLayout* form)
{
    auto* edit = new QPlainTextEdit;
    edit->setPlaceholderText(sectionHint(section));
    edit->setAccessibleName(sectionName(section));
    edit->setTabChangesFocus(true); // Tab moves on to the next section, as a form should
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    auto* label = new QLabel(sectionName(section));
    label->setBuddy(edit);
    m_sectionLabels.insert(section, label);
    form->addRow(label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        fieldEdited();
        updateSpeakingTime();
    });
    return edit;
}

void StoryEditor::setStory(StoryId id)
{
    commitPending();
    const std::optional<Story> story = id.isValid() ? m_document.bank().story(id) : std::nullopt;
    setEnabled(story.has_value());
    showStory(story.value_or(Story {}));
    m_links->setStory(story ? story->id : StoryId());
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
        if (edit->text() != text)
            edit->setText(text);
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
    for (StorySection section : kAllSections)
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
    m_loading = false;
}

void StoryEditor::showSections()
{
    const QList<StorySection> shown = sectionsOf(m_story.method);
    for (StorySection section : kAllSections) {
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
                ? sectionName(section)
                : tr("%1 · %2").arg(sectionName(section), wordCount(words)));
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
    m_commitTimer.start();
}

void StoryEditor::commitPending()
{
    m_commitTimer.stop();
    m_links->commitPending();
    if (!m_story.id.isValid()) {
        m_document.setPendingEdits(false);
        return;
    }
    const Story edited = storyFromFields();
    if (!(edited == m_story)) {
        const Story before = m_story;
        m_story = edited; // first, so the change notification finds nothing new to show
        if (!m_document.push(new EditStoryCommand(
                m_document, before, edited, tr("Edit “%1”").arg(edited.title)))) {
            // Not written (disk full, bank busy): the text stays in the fields, still pending,
            // and is tried again with the next edit.
            m_story = m_document.bank().story(before.id).value_or(before);
            return;
        }
    }
    m_document.setPendingEdits(false);
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
    commitPending();
    if (!m_story.id.isValid())
        return;
    const Story before = m_story;
    Story after = m_story;
    change(after);
    if (after == before)
        return;
    m_story = after;
    if (!m_document.push(new EditStoryCommand(m_document, before, after, text)))
        m_story = m_document.bank().story(before.id).value_or(before); // show what the bank has
    showStory(m_story);
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
    }
}

} // namespace sb::gui

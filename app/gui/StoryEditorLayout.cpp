#include "app/gui/StoryEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/SharedHistoryFilter.h"
#include "app/gui/StoryLabelsPanel.h"
#include "app/gui/StoryLinksPanel.h"
#include "app/gui/StorySectionTexts.h"
#include "app/gui/coach/CoachPanel.h"
#include "app/gui/journal/StoryOriginLabel.h"
#include "app/gui/practice/StoryPracticePanel.h"
#include "app/gui/undo/DismissCoachCommand.h"
#include "app/gui/writing/FindReplaceBar.h"
#include "app/gui/writing/WritingAids.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

// How the story editor is laid out, and which of its parts report edits.

namespace sb::gui {

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
    m_origin = new StoryOriginLabel(m_document.bank());
    layout->addWidget(m_origin);

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
    for (StorySection section : allStorySections())
        m_sections.insert(section, addSection(section, form));

    m_cues = new QPlainTextEdit;
    m_cues->setPlaceholderText(
        tr("3–5 short lines to glance at on your cheat sheet, one per line"));
    m_cues->setAccessibleName(tr("Cues"));
    m_cues->setTabChangesFocus(true);
    m_cues->setMinimumHeight(m_cues->fontMetrics().lineSpacing() * 7);
    form->addRow(tr("Cues"), m_cues);
    m_coach = new CoachPanel;
    form->addRow(tr("Coach"), m_coach);
    m_labels = new StoryLabelsPanel(m_document.bank());
    form->addRow(tr("Categories and tags"), m_labels);
    m_links = new StoryLinksPanel(m_document);
    form->addRow(tr("Questions this story answers"), m_links);
    m_practice = new StoryPracticePanel(m_document.bank());
    form->addRow(tr("Practice"), m_practice);
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
    // With no story chosen, a line saying how to get one reads better than an empty form.
    auto* none =
        new QLabel(tr("No story is open.\n\nPress %1 to write a new one, or choose one "
                      "from the list.")
                       .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    m_pages = new QStackedWidget;
    m_pages->addWidget(scroll);
    m_pages->addWidget(none);
    m_pages->setCurrentWidget(none);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    m_findBar =
        new FindReplaceBar([this] { return proseFields(); }, [this] { commitPending(); }, this);
    outer->addWidget(m_findBar);

    auto* history = new SharedHistoryFilter([this] { commitPending(); }, this);
    for (QLineEdit* edit : {m_title, m_summary, m_role, m_organization, m_period}) {
        connect(edit, &QLineEdit::textEdited, this, &StoryEditor::fieldEdited);
        history->watch(edit);
    }
    for (QPlainTextEdit* edit : std::as_const(m_sections))
        history->watch(edit);
    history->watch(m_cues);
    WritingAids::attach(m_cues);
    connect(m_cues, &QPlainTextEdit::textChanged, this, &StoryEditor::fieldEdited);
    for (QComboBox* box : std::as_const(m_ratings))
        connect(box, &QComboBox::activated, this, &StoryEditor::fieldEdited);
    connect(m_status, &QComboBox::activated, this, &StoryEditor::fieldEdited);
    // Tab goes from the title straight into the writing; the method and status come last.
    QList<QWidget*> order {m_title, m_summary};
    for (StorySection section : allStorySections())
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
    connect(m_coach, &CoachPanel::findingActivated, this, &StoryEditor::showFinding);
    connect(m_coach, &CoachPanel::dismissRequested, this, [this](const QString& rule) {
        commitPending(); // the advice is about the text as written
        m_document.push(new DismissCoachCommand(m_document, m_story.id, rule));
    });
}

QPlainTextEdit* StoryEditor::addSection(StorySection section, QFormLayout* form)
{
    auto* edit = new QPlainTextEdit;
    edit->setPlaceholderText(sectionHint(section));
    edit->setAccessibleName(sectionTitle(section));
    edit->setTabChangesFocus(true); // Tab moves on to the next section, as a form should
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    auto* label = new QLabel(sectionTitle(section));
    label->setBuddy(edit);
    WritingAids::attach(edit);
    m_sectionLabels.insert(section, label);
    form->addRow(label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        fieldEdited();
        updateSpeakingTime();
    });
    return edit;
}

} // namespace sb::gui

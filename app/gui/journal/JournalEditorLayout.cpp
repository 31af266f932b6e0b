#include "app/gui/journal/JournalEditor.h"

#include "app/gui/SharedHistoryFilter.h"
#include "app/gui/journal/QuickCaptureDialog.h"
#include "app/gui/writing/WritingAids.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

// How the journal editor is laid out, and which of its parts report edits.

namespace sb::gui {

namespace {

QPlainTextEdit* textField(const QString& name, const QString& hint, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setAccessibleName(name);
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
    WritingAids::attach(edit);
    return edit;
}

QDateEdit* dateField(const QString& name)
{
    auto* edit = new QDateEdit;
    edit->setAccessibleName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

} // namespace

void JournalEditor::buildUi()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("What you did, e.g. “Cut the build time in half”"));
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    layout->addWidget(m_title);

    auto* when = new QHBoxLayout;
    m_dated = new QCheckBox(tr("&Date"));
    m_dated->setChecked(true);
    m_dated->setToolTip(tr("Untick for an entry without a date"));
    m_date = dateField(tr("Date"));
    // The lowest date stands for "no date" while the box is unticked.
    m_date->setMinimumDate(QDate(1900, 1, 1));
    m_date->setSpecialValueText(tr("No date"));
    m_period = new QCheckBox(tr("&Period until"));
    m_period->setToolTip(tr("For a project or a quarter rather than one day"));
    m_endDate = dateField(tr("End date"));
    when->addWidget(m_dated);
    when->addWidget(m_date);
    when->addSpacing(8);
    when->addWidget(m_period);
    when->addWidget(m_endDate);
    when->addStretch();
    m_promote = new QPushButton(tr("Promote to Story"));
    m_promote->setAccessibleName(tr("Promote to story"));
    when->addWidget(m_promote);
    layout->addLayout(when);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_details = textField(tr("What happened"),
        tr("The situation, what you did and how it turned out, in your own words"), 6);
    form->addRow(tr("What happened"), m_details);
    m_metrics =
        textField(tr("Metrics"), tr("Numbers that show the result, e.g. build 40 → 18 min"), 3);
    form->addRow(tr("Metrics"), m_metrics);
    m_feedback = textField(tr("Feedback received"), tr("Quotes from reviews, praise, thanks"), 3);
    form->addRow(tr("Feedback received"), m_feedback);
    // What happened takes the room; metrics and quotes are a few lines each.
    for (QPlainTextEdit* edit : {m_metrics, m_feedback})
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    m_tags = new QLineEdit;
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma separated, e.g. leadership, performance"));
    m_tags->setToolTip(tr("They become the story's tags when the entry is promoted"));
    form->addRow(tr("Tags"), m_tags);
    // Rated as the story editor rates stories: a dash for "not rated", then 1 to 5.
    auto* ratings = new QHBoxLayout;
    for (const QString& name : {tr("Impact"), tr("Scope"), tr("Involvement")}) {
        auto* box = new QComboBox;
        box->setAccessibleName(name);
        box->addItem(tr("–"), 0);
        for (int value = 1; value <= JournalEntry::kMaxRating; ++value)
            box->addItem(QString::number(value), value);
        auto* label = new QLabel(name);
        label->setBuddy(box);
        ratings->addWidget(label);
        ratings->addWidget(box);
        m_ratings.append(box);
    }
    ratings->addStretch();
    form->addRow(tr("Ratings"), ratings);
    layout->addLayout(form);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* none =
        new QLabel(tr("No journal entry is open.\n\nPress %1 to note an accomplishment "
                      "quickly, or choose an entry from the list.")
                       .arg(QuickCaptureDialog::shortcut().toString(QKeySequence::NativeText)));
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    m_pages = new QStackedWidget;
    m_pages->addWidget(scroll);
    m_pages->addWidget(none);
    m_pages->setCurrentWidget(none);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto* history = new SharedHistoryFilter([this] { commitPending(); }, this);
    for (QLineEdit* edit : {m_title, m_tags}) {
        connect(edit, &QLineEdit::textEdited, this, &JournalEditor::fieldEdited);
        history->watch(edit);
    }
    for (QPlainTextEdit* edit : {m_details, m_metrics, m_feedback}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &JournalEditor::fieldEdited);
        history->watch(edit);
    }
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_loading)
            return;
        // A period cannot end before it starts: the end moves along.
        m_endDate->setMinimumDate(date);
        fieldEdited();
    });
    connect(m_endDate, &QDateEdit::dateChanged, this, &JournalEditor::fieldEdited);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool dated) {
        if (m_loading)
            return;
        m_date->setEnabled(dated);
        m_loading = true; // the date shown follows the box; fieldEdited() below writes it
        m_date->setDate(dated ? QDate::currentDate() : m_date->minimumDate());
        m_endDate->setMinimumDate(m_date->date());
        m_loading = false;
        fieldEdited();
    });
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_endDate->setEnabled(on);
        fieldEdited();
    });
    for (QComboBox* box : std::as_const(m_ratings))
        connect(box, &QComboBox::activated, this, &JournalEditor::fieldEdited);
    connect(m_promote, &QPushButton::clicked, this, &JournalEditor::promoteOrOpen);

    QList<QWidget*> order {
        m_title, m_dated, m_date, m_period, m_endDate, m_details, m_metrics, m_feedback, m_tags};
    for (QComboBox* box : std::as_const(m_ratings))
        order.append(box);
    order.append(m_promote);
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace sb::gui

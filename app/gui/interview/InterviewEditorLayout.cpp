#include "app/gui/interview/InterviewEditor.h"

#include "app/gui/SharedHistoryFilter.h"
#include "app/gui/interview/CompanyValuesPanel.h"
#include "app/gui/interview/ExpectedQuestionsPanel.h"
#include "app/gui/interview/PitchEditor.h"
#include "app/gui/interview/ToldStoriesPanel.h"
#include "app/gui/writing/WritingAids.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

// How the interview editor is laid out: the basics in a grid, then one group per list.

namespace sb::gui {

namespace {

QLineEdit* line(const QString& name, const QString& hint)
{
    auto* edit = new QLineEdit;
    edit->setAccessibleName(name);
    edit->setPlaceholderText(hint);
    return edit;
}

QPlainTextEdit* prose(const QString& name, const QString& hint, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setAccessibleName(name);
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
    WritingAids::attach(edit);
    return edit;
}

QGroupBox* group(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

QWidget* InterviewEditor::buildBasics()
{
    m_company = line(tr("Company"), tr("Company name"));
    QFont big = m_company->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_company->setFont(big);
    m_role = line(tr("Role"), tr("e.g. Staff Engineer"));
    m_level = line(tr("Level"), tr("e.g. L6, Senior, Principal"));
    m_interviewers = line(tr("Interviewers"), tr("Names, e.g. Dana Reyes, Sam Ito"));
    m_stage = new QComboBox;
    m_stage->setEditable(true);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setInsertPolicy(QComboBox::NoInsert);
    m_stage->addItems({tr("Recruiter screen"), tr("Phone screen"), tr("Hiring manager"),
        tr("Technical"), tr("Onsite loop"), tr("Final"), tr("Offer call")});
    m_stage->setCurrentIndex(-1);
    m_stage->lineEdit()->setPlaceholderText(tr("e.g. Phone screen"));

    m_dated = new QCheckBox(tr("&Date"));
    m_dated->setToolTip(tr("Untick while the date is not known yet"));
    m_date = new QDateTimeEdit;
    m_date->setAccessibleName(tr("Date and time"));
    m_date->setCalendarPopup(true);
    // The lowest date stands for "not known yet" and says so instead of showing 1 Jan 2000.
    m_date->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_date->setSpecialValueText(tr("No date yet"));
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_date->setDateTime(m_date->minimumDateTime());
    m_date->setEnabled(false);
    auto* when = new QHBoxLayout;
    when->setContentsMargins(0, 0, 0, 0);
    when->addWidget(m_dated);
    when->addWidget(m_date, 1);

    m_dayView = new QPushButton(tr("Day &View…"));
    m_dayView->setToolTip(
        tr("Everything for the day on one screen: pitch, questions with their stories and cues, "
           "questions to ask"));

    auto* basics = new QWidget;
    auto* grid = new QGridLayout(basics);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [](const QString& text, QWidget* buddy) {
        auto* made = new QLabel(text);
        made->setBuddy(buddy);
        return made;
    };
    grid->addWidget(label(tr("&Company"), m_company), 0, 0);
    grid->addWidget(m_company, 0, 1);
    grid->addWidget(m_dayView, 0, 2, 1, 2, Qt::AlignRight);
    grid->addWidget(label(tr("&Role"), m_role), 1, 0);
    grid->addWidget(m_role, 1, 1);
    grid->addWidget(label(tr("&Level"), m_level), 1, 2);
    grid->addWidget(m_level, 1, 3);
    grid->addLayout(when, 2, 0, 1, 2);
    grid->addWidget(label(tr("&Stage"), m_stage), 2, 2);
    grid->addWidget(m_stage, 2, 3);
    grid->addWidget(label(tr("&Interviewers"), m_interviewers), 3, 0);
    grid->addWidget(m_interviewers, 3, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    return basics;
}

void InterviewEditor::buildUi()
{
    QWidget* basics = buildBasics();
    m_notes = prose(tr("Research notes"),
        tr("What you found out: the company's values and culture, their lingo, the product and "
           "its customers, and the job description pasted in"),
        6);
    // Pasted research can be long: it scrolls in its box rather than pushing the plan, which
    // is what the page is for, below the fold.
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 9);
    m_asks = prose(tr("Questions to ask"),
        tr("One per line, e.g. “What does success look like in the first 90 days?”"), 4);
    m_asks->setMaximumHeight(m_asks->fontMetrics().lineSpacing() * 7);
    m_questions = new ExpectedQuestionsPanel(m_document, *this);
    m_values = new CompanyValuesPanel(m_document, *this);
    m_told = new ToldStoriesPanel(m_document, *this);
    m_pitch = new PitchEditor;

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(basics);
    layout->addWidget(group(tr("Research notes"), m_notes));
    layout->addWidget(group(tr("Expected questions and planned stories"), m_questions));
    layout->addWidget(group(tr("Company values"), m_values));
    layout->addWidget(group(tr("Questions to ask"), m_asks));
    layout->addWidget(group(tr("Pitch for this interview"), m_pitch));
    layout->addWidget(group(tr("Stories told"), m_told));
    layout->addStretch();

    // The form is taller than a small window, as the story editor's is.
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* none = new QLabel(tr("No interview is open. Choose one in the list, or press "
                               "“New Interview” to prepare for one."));
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignCenter);
    m_pages = new QStackedWidget;
    m_pages->addWidget(scroll);
    m_pages->addWidget(none);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto* history = new SharedHistoryFilter([this] { commitPending(); }, this);
    for (QLineEdit* edit : {m_company, m_role, m_level, m_interviewers, m_stage->lineEdit()}) {
        connect(edit, &QLineEdit::textEdited, this, &InterviewEditor::fieldEdited);
        history->watch(edit);
    }
    for (QPlainTextEdit* edit : {m_notes, m_asks}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &InterviewEditor::fieldEdited);
        history->watch(edit);
    }
    for (PitchEditor::Part part :
        {PitchEditor::Part::Who, PitchEditor::Part::Highlights, PitchEditor::Part::Seeking})
        history->watch(m_pitch->partEdit(part));
    connect(m_pitch, &PitchEditor::edited, this, &InterviewEditor::fieldEdited);
    connect(m_stage, &QComboBox::activated, this, &InterviewEditor::fieldEdited);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &InterviewEditor::fieldEdited);
    connect(m_dated, &QCheckBox::toggled, this, &InterviewEditor::setDated);
    connect(m_dayView, &QPushButton::clicked, this, [this] {
        commitPending();
        if (m_interview.id.isValid())
            emit dayViewRequested(m_interview.id);
    });
}

} // namespace sb::gui

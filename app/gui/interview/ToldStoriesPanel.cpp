#include "app/gui/interview/ToldStoriesPanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/StoryPicker.h"
#include "app/gui/interview/InterviewEditor.h"
#include "core/interview/RepeatGuard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::gui {

ToldStoriesPanel::ToldStoriesPanel(BankDocument& document, InterviewEditor& editor, QWidget* parent)
    : QWidget(parent), m_document(document), m_editor(editor)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setAccessibleName(tr("Stories told"));
    m_table->setHorizontalHeaderLabels({tr("Story"), tr("Question"), tr("Round"), tr("To")});
    m_table->horizontalHeader()->setSectionResizeMode(Story, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Question, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Round, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Interviewer, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_table->setToolTip(tr("After the interview, record the stories you told: later rounds at "
                           "the same company warn before you tell them again."));

    m_record = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Record a &Telling…"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Remove"));
    m_remove->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, [this] {
        m_editor.commitPending();
        StoryPicker picker(m_document.bank(), this);
        picker.setWindowTitle(tr("Record a Story You Told"));
        if (picker.exec() == QDialog::Accepted && picker.chosen().isValid())
            recordStory(picker.chosen());
    });
    connect(
        m_remove, &QPushButton::clicked, this, [this] { removeTelling(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellChanged, this, &ToldStoriesPanel::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this,
        [this](int row) { m_remove->setEnabled(row >= 0); });
}

void ToldStoriesPanel::showInterview(const Interview& interview)
{
    m_loading = true;
    const int current = m_table->currentRow();
    Bank& bank = m_document.bank();
    m_table->setRowCount(int(interview.told.size()));
    for (int row = 0; row < interview.told.size(); ++row) {
        const StoryTelling& told = interview.told[row];
        const auto story = bank.storySummary(told.story);
        const auto question = told.question.isValid() ? bank.question(told.question) : std::nullopt;
        // Items are kept and their text changed, never replaced: this runs inside the
        // table's own signal when a round or name typed in place is written.
        const auto show = [this, row](int column, const QString& text, bool editable) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            if (item->text() != text)
                item->setText(text);
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!editable)
                item->setToolTip(text);
        };
        show(Story, story ? story->title : QString(), false);
        show(Question, question ? question->text.simplified() : QString(), false);
        show(Round, told.round, true);
        show(Interviewer, told.interviewer, true);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_loading = false;
}

int ToldStoriesPanel::roundAtCompany() const
{
    const Interview& current = m_editor.current();
    QList<Interview> same;
    for (const Interview& other : m_document.bank().interviews()) {
        if (other.id == current.id || repeatguard::sameCompany(other.company, current.company))
            same.append(other);
    }
    // The bank lists by date, undated last: the round is the place among them.
    const auto at = std::find_if(same.cbegin(), same.cend(),
        [&current](const Interview& other) { return other.id == current.id; });
    return int(at - same.cbegin()) + 1;
}

void ToldStoriesPanel::recordStory(StoryId story)
{
    const Interview& current = m_editor.current();
    StoryTelling telling;
    telling.story = story;
    for (const PlannedStory& planned : current.plan) {
        if (planned.story == story) {
            telling.question = planned.question;
            break;
        }
    }
    telling.round = QString::number(roundAtCompany());
    static const QRegularExpression separators(QStringLiteral("[,;/&]"));
    telling.interviewer = current.interviewers.section(separators, 0, 0).trimmed();
    recordTelling(telling);
}

void ToldStoriesPanel::recordTelling(const StoryTelling& telling)
{
    const auto story = m_document.bank().storySummary(telling.story);
    m_editor.applyChange([telling](Interview& interview) { interview.told.append(telling); },
        tr("Record telling “%1”").arg(story ? story->title : QString()));
    m_table->selectRow(m_table->rowCount() - 1);
}

void ToldStoriesPanel::setRound(int row, const QString& round)
{
    if (row < 0 || row >= m_editor.current().told.size()
        || m_editor.current().told[row].round == round)
        return;
    m_editor.applyChange([row, round](Interview& interview) { interview.told[row].round = round; },
        tr("Change the round of a telling"));
}

void ToldStoriesPanel::setInterviewer(int row, const QString& interviewer)
{
    if (row < 0 || row >= m_editor.current().told.size()
        || m_editor.current().told[row].interviewer == interviewer)
        return;
    m_editor.applyChange(
        [row, interviewer](Interview& interview) { interview.told[row].interviewer = interviewer; },
        tr("Change who heard a story"));
}

void ToldStoriesPanel::removeTelling(int row)
{
    if (row < 0 || row >= m_editor.current().told.size())
        return;
    m_editor.applyChange(
        [row](Interview& interview) { interview.told.removeAt(row); }, tr("Remove a telling"));
}

void ToldStoriesPanel::onItemChanged(int row, int column)
{
    if (m_loading)
        return;
    const QString text = m_table->item(row, column)->text().trimmed();
    if (column == Round)
        setRound(row, text);
    else if (column == Interviewer)
        setInterviewer(row, text);
}

} // namespace sb::gui

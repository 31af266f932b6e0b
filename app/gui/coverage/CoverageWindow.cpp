#include "app/gui/coverage/CoverageWindow.h"

#include "app/gui/CountText.h"
#include "app/gui/coverage/CoverageModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::gui {

CoverageWindow::CoverageWindow(const Bank& bank, QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Coverage — StoryBank"));
    m_model = new CoverageModel(bank, this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Coverage of categories by stories"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Compact rows: twenty categories should fit without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The summary columns fit their contents; the story columns share one width, enough for
    // the shortened title in their header. Fitting thousands of story columns to their
    // contents would measure every cell before the window could show.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(fontMetrics().horizontalAdvance(QString(12, QLatin1Char('n'))));
    for (int column = 0; column < CoverageModel::FirstStory; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto* legend = new QLabel(tr("S: a strong story for the category (filed there, or strongly "
                                 "linked to one of its questions) · p: partly. Click a cell to "
                                 "open the story, a category to see its questions."));
    legend->setWordWrap(true);
    legend->setEnabled(false); // the muted look of help text

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    resize(1000, 620);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() >= CoverageModel::FirstStory) {
            if (m_model->strengthAt(index) != Strength::None)
                emit storyRequested(m_model->storyAt(index.column()));
            return;
        }
        emit categoryRequested(m_model->categoryAt(index.row()));
    });
    connect(m_table, &QTableView::clicked, m_table, &QTableView::activated);
    updateSummary();
}

void CoverageWindow::refresh()
{
    m_model->refresh();
    updateSummary();
}

void CoverageWindow::updateSummary()
{
    const CoverageReport& report = m_model->report();
    QStringList parts;
    // English plurals from CountText: "%n" strings show as written when no translation loads.
    parts << tr("%1 with fewer than two strong stories")
                 .arg(categoriesText(int(report.thinCategories.size())));
    parts << tr("%1 with no story and no prepared answer")
                 .arg(questionsText(int(report.unansweredQuestions.size())));
    if (!report.overusedStories.isEmpty())
        parts << tr("“%1” answers %2% of the linked questions")
                     .arg(report.overusedStories.first().title)
                     .arg(qRound(report.overusedStories.first().share * 100));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace sb::gui

#include "app/gui/coach/CoachPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::gui {

CoachPanel::CoachPanel(QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Coach advice"));
    m_list->setWordWrap(true);
    m_allGood = new QLabel(tr("No advice: this story reads well."));
    m_allGood->setEnabled(false); // the muted look of a placeholder
    m_dismiss = new QPushButton(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Stop giving this advice for this story (Edit › Undo brings it "
                             "back)"));
    m_dismiss->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_allGood);
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    // A click is enough: the advice is only useful next to the words it is about.
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit findingActivated(m_findings.at(m_list->row(item))); });
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { emit findingActivated(m_findings.at(m_list->row(item))); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CoachPanel::updateButton);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_findings.size())
            emit dismissRequested(m_findings.at(row).rule);
    });
}

void CoachPanel::setFindings(const QList<CoachFinding>& findings)
{
    if (findings == m_findings)
        return; // keeps the selection while the user types
    m_findings = findings;
    m_list->clear();
    for (const CoachFinding& finding : findings) {
        auto* item = new QListWidgetItem(finding.message, m_list);
        item->setToolTip(finding.explanation);
    }
    // Tall enough for the usual handful of findings without a scroll bar; more scroll.
    constexpr int kRowsShown = 8;
    const int rows = std::min(int(findings.size()), kRowsShown);
    if (rows > 0)
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(!findings.isEmpty());
    m_allGood->setVisible(findings.isEmpty());
    updateButton();
}

void CoachPanel::updateButton()
{
    m_dismiss->setVisible(!m_findings.isEmpty());
    m_dismiss->setEnabled(m_list->currentRow() >= 0);
}

} // namespace sb::gui

#include "app/gui/NavigatorModel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"

#include <QFont>

#include <algorithm>

// The navigator's practice node: how many stories and questions are due today. It is counted
// again when practice is logged, when stories or questions go (their practice goes with them)
// and when the day changes under a window left open overnight.

namespace sb::gui {

namespace {

// A timer may fire a little early, and a suspended machine wakes past midnight with the timer
// still running: waking at least hourly and comparing dates keeps the count right either way.
constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;

} // namespace

void NavigatorModel::startCountingDue()
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &NavigatorModel::updateDue);
    m_dayTimer.setSingleShot(true);
    m_dayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (m_now().date() != m_dueDay) {
            updateDue();
            reorderInterviews(); // yesterday's interview is past now
        }
        armDayTimer();
    });
    updateDue();
    armDayTimer();
}

void NavigatorModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateDue();
    reorderInterviews();
    armDayTimer();
}

void NavigatorModel::followPractice(const BankChange& change)
{
    using Entity = BankChange::Entity;
    const bool removedItem = change.kind == BankChange::Kind::Removed
        && (change.entity == Entity::Story || change.entity == Entity::Question);
    if (change.entity == Entity::Practice || removedItem)
        m_recount.start();
}

void NavigatorModel::updateDue()
{
    m_recount.stop();
    m_dueDay = m_now().date();
    const int due = int(m_document.bank().duePractice(m_dueDay).size());
    if (due == m_due)
        return;
    m_due = due;
    const QModelIndex node = practiceIndex();
    emit dataChanged(node, node);
}

void NavigatorModel::armDayTimer()
{
    const QDateTime now = m_now();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    m_dayTimer.start(int(std::clamp(now.msecsTo(midnight) + 1000, qint64(1000), kLongestWaitMs)));
}

QVariant NavigatorModel::practiceData(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // Short enough for the navigator's first width; the tooltip says "today" in full.
        return m_due == 0 ? tr("Practice (none due)") : tr("Practice (%1 due)").arg(m_due);
    case Qt::ToolTipRole:
        if (m_due == 0)
            return tr("Nothing is due for practice today. Double-click or press Enter to "
                      "practise the stories you have not practised yet.");
        return m_due == 1 ? tr("One story or question is due for practice today. Double-click "
                               "or press Enter to start the flashcards.")
                          : tr("%1 stories and questions are due for practice today. "
                               "Double-click or press Enter to start the flashcards.")
                                .arg(m_due);
    case Qt::DecorationRole:
        return themedIcon(QStringLiteral("x-office-calendar"));
    case Qt::FontRole:
        if (m_due > 0) {
            // Something to do today stands out from the counts above it.
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace sb::gui

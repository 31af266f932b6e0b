#include "app/gui/interview/InterviewListModel.h"

#include "app/gui/interview/InterviewText.h"
#include "core/Bank.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace sb::gui {

InterviewListModel::InterviewListModel(Bank& bank, QObject* parent)
    : QAbstractTableModel(parent), m_bank(bank)
{
    connect(&bank, &Bank::changed, this, &InterviewListModel::onBankChanged);
    m_interviews = interviewtext::upcomingFirst(m_bank.interviews(), m_today());
}

int InterviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_interviews.size());
}

int InterviewListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Interview& interview = m_interviews.at(index.row());
    const QDate today = m_today();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Company:
            return interview.company;
        case Role:
            return interview.role;
        case Date:
            return interview.scheduled.isValid()
                ? interviewtext::shortDate(interview.scheduled, today)
                : tr("No date yet");
        case Stage:
            return interview.stage;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return QString(
            interviewtext::title(interview) + u'\n' + interviewtext::longDate(interview.scheduled));
    case Qt::ForegroundRole:
        if (interviewtext::isPast(interview, today)
            || (index.column() == Date && !interview.scheduled.isValid()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Company:
        return tr("Company");
    case Role:
        return tr("Role");
    case Date:
        return tr("Date");
    case Stage:
        return tr("Stage");
    case ColumnCount:
        break;
    }
    return {};
}

InterviewId InterviewListModel::interviewAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_interviews.size())
        return {};
    return m_interviews.at(index.row()).id;
}

QModelIndex InterviewListModel::indexOf(InterviewId id) const
{
    for (int row = 0; row < m_interviews.size(); ++row) {
        if (m_interviews[row].id == id)
            return index(row, 0);
    }
    return {};
}

void InterviewListModel::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
    reload();
}

void InterviewListModel::reload()
{
    // The bank's interviews may number more or fewer than the rows shown: a layout change
    // cannot say that, a reset can.
    beginResetModel();
    m_interviews = interviewtext::upcomingFirst(m_bank.interviews(), m_today());
    endResetModel();
}

void InterviewListModel::reorder(const QList<Interview>& interviews)
{
    const QList<Interview> sorted = interviewtext::upcomingFirst(interviews, m_today());
    const auto sameOrder = std::equal(sorted.cbegin(), sorted.cend(), m_interviews.cbegin(),
        m_interviews.cend(), [](const Interview& a, const Interview& b) { return a.id == b.id; });
    if (sameOrder) {
        m_interviews = sorted; // typing in the editor: the rows stay where they are
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection follows each interview to its new row, so the editor keeps it open.
    const QModelIndexList before = persistentIndexList();
    for (const QModelIndex& old : before) {
        const InterviewId id = m_interviews.at(old.row()).id;
        int row = 0;
        while (row < sorted.size() && sorted[row].id != id)
            ++row;
        changePersistentIndex(
            old, row < sorted.size() ? createIndex(row, old.column()) : QModelIndex());
    }
    m_interviews = sorted;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InterviewListModel::onBankChanged(const BankChange& change)
{
    if (change.entity != BankChange::Entity::Interview)
        return;
    const InterviewId id(change.id);
    const QModelIndex shown = indexOf(id);
    const auto now = change.kind == BankChange::Kind::Removed ? std::nullopt : m_bank.interview(id);
    if (!now) {
        if (shown.isValid()) {
            beginRemoveRows({}, shown.row(), shown.row());
            m_interviews.removeAt(shown.row());
            endRemoveRows();
        }
        return;
    }
    if (!shown.isValid()) {
        int place = 0;
        while (place < m_interviews.size()
            && interviewtext::comesBefore(m_interviews[place], *now, m_today()))
            ++place;
        beginInsertRows({}, place, place);
        m_interviews.insert(place, *now);
        endInsertRows();
        return;
    }
    QList<Interview> interviews = m_interviews;
    interviews[shown.row()] = *now;
    reorder(interviews);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sb::gui

#include "app/gui/NavigatorModel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/interview/InterviewText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

// The navigator's interviews: upcoming ones first, the next at the top, then those without a
// date, then past ones greyed at the end. Past ones stay flat in the list rather than folded
// under a "Past" node: the day after an interview is when its tellings are recorded, and
// that interview should be one click away, not inside a closed group.

namespace sb::gui {

void NavigatorModel::loadInterviews()
{
    // A person prepares for a handful of interviews: they are read whole, at once.
    m_interviews = interviewtext::upcomingFirst(m_document.bank().interviews(), m_now().date());
}

QModelIndex NavigatorModel::interviewIndex(InterviewId interview) const
{
    for (int row = 0; row < m_interviews.size(); ++row) {
        if (m_interviews[row].id == interview)
            return index(row, 0, sectionIndex(Section::Interviews));
    }
    return {};
}

void NavigatorModel::onInterviewChanged(const BankChange& change)
{
    const InterviewId id(change.id);
    const QModelIndex section = sectionIndex(Section::Interviews);
    const QModelIndex shown = interviewIndex(id);
    const auto now =
        change.kind == BankChange::Kind::Removed ? std::nullopt : m_document.bank().interview(id);
    if (!now) {
        if (shown.isValid()) {
            beginRemoveRows(section, shown.row(), shown.row());
            m_interviews.removeAt(shown.row());
            endRemoveRows();
        }
    } else if (!shown.isValid()) {
        const QDate today = m_now().date();
        int place = 0;
        while (place < m_interviews.size()
            && interviewtext::comesBefore(m_interviews[place], *now, today))
            ++place;
        beginInsertRows(section, place, place);
        m_interviews.insert(place, *now);
        endInsertRows();
    } else {
        m_interviews[shown.row()] = *now;
        reorderInterviews(); // a new date may move it
    }
    if (!m_interviews.isEmpty()) // the next one's mark may have moved
        emit dataChanged(index(0, 0, section), index(int(m_interviews.size()) - 1, 0, section));
    if (change.kind != BankChange::Kind::Updated)
        sectionCountsChanged();
}

void NavigatorModel::reorderInterviews()
{
    const QList<Interview> sorted = interviewtext::upcomingFirst(m_interviews, m_now().date());
    if (sorted == m_interviews)
        return;
    const QModelIndex section = sectionIndex(Section::Interviews);
    emit layoutAboutToBeChanged({QPersistentModelIndex(section)});
    // The selection and expanded state follow each interview to its new row.
    const QModelIndexList before = persistentIndexList();
    for (const QModelIndex& old : before) {
        if (old.parent() != section)
            continue;
        const InterviewId id = m_interviews.at(old.row()).id;
        for (int row = 0; row < sorted.size(); ++row) {
            if (sorted[row].id == id)
                changePersistentIndex(old, index(row, 0, section));
        }
    }
    m_interviews = sorted;
    emit layoutChanged({QPersistentModelIndex(section)});
}

QVariant NavigatorModel::interviewData(int row, int role) const
{
    const Interview& interview = m_interviews.at(row);
    const QDate today = m_now().date();
    const bool past = interviewtext::isPast(interview, today);
    // The first row is the next interview when it has a date that is not past.
    const bool next = row == 0 && interview.scheduled.isValid() && !past;
    switch (role) {
    case Qt::DisplayRole:
        return interviewtext::navigatorText(interview, today);
    case Qt::ToolTipRole: {
        QString tip =
            interviewtext::title(interview) + u'\n' + interviewtext::longDate(interview.scheduled);
        if (!interview.stage.isEmpty())
            tip += u'\n' + interview.stage;
        if (past)
            tip += u'\n' + tr("Held already: record here which stories you told.");
        else if (next)
            tip += u'\n' + tr("Your next interview.");
        return tip;
    }
    case Qt::ForegroundRole:
        if (past)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (next) {
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

#pragma once

#include "core/model/BankChange.h"
#include "core/model/Interview.h"

#include <QAbstractTableModel>

#include <functional>

namespace sb {
class Bank;
}

namespace sb::gui {

// The interviews of the bank as a table (company, role, date, stage), in the navigator's order:
// upcoming first, the next at the top, then undated, then past ones (greyed).
class InterviewListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Company, Role, Date, Stage, ColumnCount };

    explicit InterviewListModel(Bank& bank, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    InterviewId interviewAt(const QModelIndex& index) const;
    QModelIndex indexOf(InterviewId id) const;
    // The clock that says what "today" is (tests set their own).
    void setClock(std::function<QDate()> today);

private:
    void reload();
    void reorder(const QList<Interview>& interviews);
    void onBankChanged(const BankChange& change);

    Bank& m_bank;
    QList<Interview> m_interviews;
    std::function<QDate()> m_today = &QDate::currentDate;
};

} // namespace sb::gui

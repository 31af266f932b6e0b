#pragma once

#include "core/model/BankChange.h"
#include "core/model/JournalEntry.h"

#include <QAbstractListModel>

namespace sb {
class Bank;
}

namespace sb::gui {

// The brag journal as a list: newest first, or the best story material first, or only the
// story material (entries not yet promoted, strongest first). Follows the bank's changes.
class JournalListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Order { Newest, Strongest, StoryMaterial };

    explicit JournalListModel(Bank& bank, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setOrder(Order order);
    Order order() const { return m_order; }
    JournalEntryId entryAt(const QModelIndex& index) const;
    QModelIndex indexOf(JournalEntryId id) const;

private:
    void reload();
    void onBankChanged(const BankChange& change);

    Bank& m_bank;
    Order m_order = Order::Newest;
    QList<JournalEntry> m_entries;
};

} // namespace sb::gui

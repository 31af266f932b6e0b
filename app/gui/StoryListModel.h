#pragma once

#include "core/model/BankChange.h"
#include "core/model/StorySummary.h"

#include <QAbstractListModel>

#include <optional>

namespace sb {
class Bank;
}

namespace sb::gui {

// The stories of a bank as a list, narrowed by search text and status. It follows the bank's
// change notifications row by row: an edit updates its row, an added or removed story inserts
// or removes one; only a new filter rebuilds the list.
class StoryListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { StoryIdRole = Qt::UserRole + 1, StatusRole, SummaryRole };

    explicit StoryListModel(Bank& bank, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString& text);
    void setStatusFilter(std::optional<StoryStatus> status);
    QModelIndex indexOf(StoryId id) const;
    StoryId storyAt(const QModelIndex& index) const;

private:
    void rebuild();
    using Row = StorySummary;
    bool accepts(const Row& story) const;
    void onBankChanged(const BankChange& change);

    Bank& m_bank;
    QList<Row> m_rows;
    QString m_searchText;
    QList<int64_t> m_searchMatches; // when searching: the matching ids, best first
    std::optional<StoryStatus> m_status;
};

} // namespace sb::gui

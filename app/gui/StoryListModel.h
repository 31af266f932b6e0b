#pragma once

#include "core/model/BankChange.h"
#include "core/model/StorySummary.h"

#include <QAbstractListModel>
#include <QSet>

#include <optional>

namespace sb {
class Bank;
}

class QMimeData;

namespace sb::gui {

// What the story list is narrowed to besides search text; an empty field lets everything in.
struct StoryFilter {
    std::optional<StoryStatus> status;
    std::optional<StoryMethod> method;
    CategoryId category;
    TagId tag;

    friend bool operator==(const StoryFilter&, const StoryFilter&) = default;
};

// The stories of a bank as a list, narrowed by search text and a StoryFilter. It follows the
// bank's change notifications row by row: an edit updates its row, an added or removed story
// inserts or removes one; only a new filter rebuilds the list. Rows can be dragged onto a
// question or category (the mime data names the story).
class StoryListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { StoryIdRole = Qt::UserRole + 1, StatusRole, SummaryRole };

    // How many stories are read before the list is first shown: several screens' worth. The
    // rest are read by fetchMore(), when a view scrolls to the end, or when a search, a filter
    // or indexOf() needs them all.
    static constexpr int kFirstPageSize = 200;

    explicit StoryListModel(
        Bank& bank, QObject* parent = nullptr, int firstPageSize = kFirstPageSize);

    static constexpr const char* kMimeType = "application/x-storybank-story";

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction; }
    // The story a drag of mimeData() carries, or an invalid id.
    static StoryId storyIn(const QMimeData* data);

    void setSearchText(const QString& text);
    void setFilter(const StoryFilter& filter);
    StoryFilter filter() const { return m_filter; }
    QModelIndex indexOf(StoryId id); // reads the rest of the stories when it must
    StoryId storyAt(const QModelIndex& index) const;

private:
    using Row = StorySummary;
    QList<Row> readRest();
    void rebuild();
    void readMembers();
    bool accepts(const Row& story) const;
    void onBankChanged(const BankChange& change);

    Bank& m_bank;
    // Every story of the bank, kept current from its change notifications, so a keystroke in
    // the search box asks the bank only for the matching ids.
    QList<Row> m_all;
    bool m_allRead = false;
    StoryId m_readUpTo; // until every story is read: the last one read, in id order
    QList<Row> m_rows;
    QString m_searchText;
    QSet<StoryId> m_searchMatches; // when searching: the matching stories
    StoryFilter m_filter;
    QSet<StoryId> m_members; // when filtering by category or tag: the stories in it
};

} // namespace sb::gui

#include "app/gui/StoryListModel.h"

#include "core/Bank.h"

#include <QHash>
#include <QMimeData>

#include <algorithm>

namespace sb::gui {

StoryListModel::StoryListModel(Bank& bank, QObject* parent, int firstPageSize)
    : QAbstractListModel(parent), m_bank(bank)
{
    connect(&m_bank, &Bank::changed, this, &StoryListModel::onBankChanged);
    m_all = m_bank.storySummaries(StoryId(), firstPageSize);
    m_allRead = m_all.size() < firstPageSize;
    if (!m_all.isEmpty())
        m_readUpTo = m_all.last().id;
    rebuild();
}

bool StoryListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_allRead;
}

void StoryListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> shown;
    for (const Row& story : readRest()) {
        if (accepts(story))
            shown.append(story);
    }
    if (shown.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + shown.size()) - 1);
    m_rows.append(shown);
    endInsertRows();
}

QList<StoryListModel::Row> StoryListModel::readRest()
{
    if (m_allRead)
        return {};
    const QList<Row> rest = m_bank.storySummaries(m_readUpTo, -1);
    m_all.append(rest);
    m_allRead = true;
    return rest;
}

int StoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title.trimmed().isEmpty() ? tr("Untitled story") : row.title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return row.summary;
    case StoryIdRole:
        return QVariant::fromValue(row.id.value);
    case StatusRole:
        return toKey(row.status);
    default:
        return {};
    }
}

void StoryListModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    rebuild();
}

void StoryListModel::setFilter(const StoryFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

Qt::ItemFlags StoryListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList StoryListModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData* StoryListModel::mimeData(const QModelIndexList& indexes) const
{
    const StoryId id = indexes.isEmpty() ? StoryId() : storyAt(indexes.first());
    if (!id.isValid())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kMimeType), QByteArray::number(id.value));
    // Dropped into a text field or another program, the story reads as its title.
    data->setText(this->data(indexes.first()).toString());
    return data;
}

StoryId StoryListModel::storyIn(const QMimeData* data)
{
    if (!data || !data->hasFormat(QLatin1String(kMimeType)))
        return {};
    bool ok = false;
    const qint64 id = data->data(QLatin1String(kMimeType)).toLongLong(&ok);
    return ok ? StoryId(id) : StoryId();
}

QModelIndex StoryListModel::indexOf(StoryId id)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return index(i);
    }
    if (!m_allRead && id > m_readUpTo) {
        fetchMore({});
        return indexOf(id);
    }
    return {};
}

StoryId StoryListModel::storyAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows[index.row()].id : StoryId();
}

bool StoryListModel::accepts(const Row& story) const
{
    if (m_filter.status && story.status != *m_filter.status)
        return false;
    if (m_filter.method && story.method != *m_filter.method)
        return false;
    if ((m_filter.category.isValid() || m_filter.tag.isValid()) && !m_members.contains(story.id))
        return false;
    return m_searchText.trimmed().isEmpty() || m_searchMatches.contains(story.id);
}

void StoryListModel::readMembers()
{
    m_members.clear();
    // Both narrow: a story must be in the category and carry the tag.
    std::optional<QSet<StoryId>> members;
    const auto narrow = [&members](const QList<StoryId>& ids) {
        const QSet<StoryId> set(ids.cbegin(), ids.cend());
        members = members ? members->intersect(set) : set;
    };
    if (m_filter.category.isValid())
        narrow(m_bank.storiesInCategory(m_filter.category));
    if (m_filter.tag.isValid())
        narrow(m_bank.storiesWithTag(m_filter.tag));
    m_members = members.value_or(QSet<StoryId>());
}

void StoryListModel::rebuild()
{
    // Narrowing decides over every story, so the unread ones are read first.
    if (m_filter != StoryFilter() || !m_searchText.trimmed().isEmpty())
        readRest();
    beginResetModel();
    m_rows.clear();
    m_searchMatches.clear();
    readMembers();
    if (m_searchText.trimmed().isEmpty()) {
        for (const StorySummary& story : std::as_const(m_all)) {
            if (accepts(story))
                m_rows.append(story);
        }
    } else {
        // Stories with every word in their headline (title, hook, tags) first, then the other
        // matches, each group in the list's own order: predictable, and two index lookups
        // instead of ranking thousands of matches at every keystroke.
        const QList<StoryId> anywhere = m_bank.searchStories(m_searchText);
        const QList<StoryId> headline = m_bank.searchStories(m_searchText, SearchScope::Headline);
        m_searchMatches = QSet<StoryId>(anywhere.cbegin(), anywhere.cend());
        const QSet<StoryId> first(headline.cbegin(), headline.cend());
        for (const StorySummary& story : std::as_const(m_all)) {
            if (first.contains(story.id) && accepts(story))
                m_rows.append(story);
        }
        for (const StorySummary& story : std::as_const(m_all)) {
            if (!first.contains(story.id) && accepts(story))
                m_rows.append(story);
        }
    }
    endResetModel();
}

void StoryListModel::onBankChanged(const BankChange& change)
{
    if (change.entity != BankChange::Entity::Story)
        return;
    const StoryId id(change.id);
    if (!m_allRead && id > m_readUpTo)
        return; // not read yet: it is read as it is with the rest
    const QModelIndex existing = indexOf(id);
    const auto inAll =
        std::find_if(m_all.begin(), m_all.end(), [id](const Row& row) { return row.id == id; });
    if (change.kind == BankChange::Kind::Removed) {
        if (inAll != m_all.end())
            m_all.erase(inAll);
        if (existing.isValid()) {
            beginRemoveRows({}, existing.row(), existing.row());
            m_rows.removeAt(existing.row());
            endRemoveRows();
        }
        return;
    }
    const std::optional<StorySummary> story = m_bank.storySummary(id);
    if (!story)
        return;
    if (inAll != m_all.end())
        *inAll = *story;
    else
        m_all.append(*story);
    if (existing.isValid()) {
        // An edit keeps its row even if it no longer matches the search: rows jumping away
        // while the user types in the story would be disorienting. The next search decides.
        m_rows[existing.row()] = *story;
        emit dataChanged(existing, existing);
        return;
    }
    // A new (or restored) story is shown even when searching or filtering by label, so the
    // user sees what they made; only a status or method filter keeps it out.
    if ((m_filter.status && story->status != *m_filter.status)
        || (m_filter.method && story->method != *m_filter.method))
        return;
    m_members.insert(id);
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(*story);
    if (!m_searchText.trimmed().isEmpty())
        m_searchMatches.insert(id);
    endInsertRows();
}

} // namespace sb::gui

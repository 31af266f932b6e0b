#include "app/gui/LabelListModel.h"

#include "app/gui/ColourSwatch.h"
#include "app/gui/CountText.h"
#include "core/Bank.h"

namespace sb::gui {

LabelListModel::LabelListModel(Bank& bank, Kind kind, QObject* parent)
    : QAbstractListModel(parent), m_bank(bank), m_kind(kind)
{
    connect(&m_bank, &Bank::changed, this, &LabelListModel::onBankChanged);
    rebuild();
}

int LabelListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LabelListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QString stories = storiesText(row.stories);
    const QString usage = m_kind == Kind::Tags
        ? stories
        : questionsText(row.questions) + QStringLiteral(" · ") + stories;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  (%2)").arg(row.name, usage);
    case Qt::EditRole:
        return row.name;
    case Qt::DecorationRole:
        return colourSwatch(row.colour);
    case Qt::ToolTipRole:
    case UsageRole:
        return usage;
    case LabelIdRole:
        return QVariant::fromValue(row.id);
    case ColourRole:
        return row.colour;
    case StoryCountRole:
        return row.stories;
    default:
        return {};
    }
}

int64_t LabelListModel::labelAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows[index.row()].id : 0;
}

QModelIndex LabelListModel::indexOf(int64_t id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return index(row);
    }
    return {};
}

QList<LabelListModel::Row> LabelListModel::readRows() const
{
    QList<Row> rows;
    if (m_kind == Kind::Tags) {
        const QHash<TagId, int> stories = m_bank.storyCountByTag();
        for (const Tag& tag : m_bank.tags())
            rows.append({tag.id.value, tag.name, QColor(tag.colour), stories.value(tag.id), 0});
    } else {
        const QHash<CategoryId, int> stories = m_bank.storyCountByCategory();
        const QHash<CategoryId, int> questions = m_bank.questionCountByCategory();
        for (const Category& category : m_bank.categories())
            rows.append({category.id.value, category.name, QColor(category.colour),
                stories.value(category.id), questions.value(category.id)});
    }
    return rows;
}

void LabelListModel::rebuild()
{
    beginResetModel();
    m_rows = readRows();
    endResetModel();
}

void LabelListModel::refreshCounts()
{
    const QList<Row> fresh = readRows();
    for (int row = 0; row < m_rows.size(); ++row) {
        for (const Row& now : fresh) {
            if (now.id == m_rows[row].id
                && (now.stories != m_rows[row].stories || now.questions != m_rows[row].questions)) {
                m_rows[row].stories = now.stories;
                m_rows[row].questions = now.questions;
                emit dataChanged(index(row), index(row));
            }
        }
    }
}

void LabelListModel::onBankChanged(const BankChange& change)
{
    using Entity = BankChange::Entity;
    const Entity mine = m_kind == Kind::Tags ? Entity::Tag : Entity::Category;
    if (change.entity == Entity::Story || change.entity == Entity::Question) {
        refreshCounts();
        return;
    }
    if (change.entity != mine)
        return;
    const QModelIndex existing = indexOf(change.id);
    if (change.kind == BankChange::Kind::Removed) {
        if (existing.isValid()) {
            beginRemoveRows({}, existing.row(), existing.row());
            m_rows.removeAt(existing.row());
            endRemoveRows();
        }
        return;
    }
    // Added or updated: find its place in the bank's order (by name, or by position).
    const QList<Row> fresh = readRows();
    int at = -1;
    for (int row = 0; row < fresh.size(); ++row) {
        if (fresh[row].id == change.id)
            at = row;
    }
    if (at < 0)
        return;
    if (existing.isValid()) {
        if (existing.row() != at) {
            // Renamed past its neighbours: the row moves to where the new name sorts.
            const int destination = at > existing.row() ? at + 1 : at;
            beginMoveRows({}, existing.row(), existing.row(), {}, destination);
            m_rows.move(existing.row(), at);
            endMoveRows();
        }
        m_rows[at] = fresh[at];
        emit dataChanged(index(at), index(at));
    } else {
        beginInsertRows({}, at, at);
        m_rows.insert(at, fresh[at]);
        endInsertRows();
    }
}

} // namespace sb::gui

#include "app/gui/CategoryChecklistModel.h"

#include "core/Bank.h"

#include <QColor>

namespace sb::gui {

CategoryChecklistModel::CategoryChecklistModel(Bank& bank, QObject* parent)
    : QAbstractListModel(parent), m_bank(bank)
{
    // Categories change rarely (added, renamed, removed); reloading the short list is simplest.
    connect(&m_bank, &Bank::changed, this, [this](const BankChange& change) {
        if (change.entity == BankChange::Entity::Category)
            reload();
    });
    reload();
}

void CategoryChecklistModel::reload()
{
    beginResetModel();
    m_categories = m_bank.categories();
    endResetModel();
}

void CategoryChecklistModel::setChecked(const QList<CategoryId>& categories)
{
    if (categories == m_checked)
        return;
    m_checked = categories;
    if (!m_categories.isEmpty())
        emit dataChanged(index(0), index(int(m_categories.size()) - 1), {Qt::CheckStateRole});
}

int CategoryChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

QVariant CategoryChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category& category = m_categories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return category.name;
    case Qt::ToolTipRole:
        return category.description;
    case Qt::CheckStateRole:
        return m_checked.contains(category.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return category.colour.isEmpty() ? QVariant() : QVariant(QColor(category.colour));
    default:
        return {};
    }
}

Qt::ItemFlags CategoryChecklistModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsUserCheckable : flags;
}

bool CategoryChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    emit toggled(m_categories.at(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}

} // namespace sb::gui

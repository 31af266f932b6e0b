#pragma once

#include "core/model/BankChange.h"
#include "core/model/Category.h"

#include <QAbstractListModel>

namespace sb {
class Bank;
}

namespace sb::gui {

// The bank's categories with a check box each, ticked for those a story belongs to.
// Ticking does not write: it emits toggled() and the story editor makes the undoable edit.
class CategoryChecklistModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit CategoryChecklistModel(Bank& bank, QObject* parent = nullptr);

    void setChecked(const QList<CategoryId>& categories);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void toggled(sb::CategoryId category, bool checked);

private:
    void reload();

    Bank& m_bank;
    QList<Category> m_categories;
    QList<CategoryId> m_checked;
};

} // namespace sb::gui

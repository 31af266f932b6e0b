#pragma once

#include "core/Bank.h"

#include <QHash>
#include <QStringList>

namespace sb::cli {

// Names of a bank's categories and tags by id, read once, for printing lists of many rows.
class BankNames {
public:
    explicit BankNames(const Bank& bank);

    QStringList categories(const QList<CategoryId>& ids) const;
    QStringList tags(const QList<TagId>& ids) const;

private:
    QHash<CategoryId, QString> m_categories;
    QHash<TagId, QString> m_tags;
};

} // namespace sb::cli

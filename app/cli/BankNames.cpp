#include "app/cli/BankNames.h"

namespace sb::cli {

BankNames::BankNames(const Bank& bank)
{
    for (const Category& category : bank.categories())
        m_categories.insert(category.id, category.name);
    for (const Tag& tag : bank.tags())
        m_tags.insert(tag.id, tag.name);
}

QStringList BankNames::categories(const QList<CategoryId>& ids) const
{
    QStringList names;
    for (CategoryId id : ids)
        names.append(m_categories.value(id));
    return names;
}

QStringList BankNames::tags(const QList<TagId>& ids) const
{
    QStringList names;
    for (TagId id : ids)
        names.append(m_tags.value(id));
    return names;
}

} // namespace sb::cli

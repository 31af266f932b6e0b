#include "core/store/CategoryStore.h"

#include "core/db/Database.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

#define CATEGORY_COLUMNS "SELECT id, name, description, colour, position FROM category "

Category categoryFrom(const Query& row)
{
    return {CategoryId(row.integer(0)), row.text(1), row.text(2), row.text(3), int(row.integer(4))};
}

} // namespace

QList<Category> CategoryStore::all() const
{
    QList<Category> result;
    auto query = m_db.query(CATEGORY_COLUMNS "ORDER BY position, name");
    while (query.next())
        result.append(categoryFrom(query));
    return result;
}

std::optional<Category> CategoryStore::find(CategoryId id) const
{
    auto query = m_db.query(CATEGORY_COLUMNS "WHERE id = ?");
    if (query.bind(id.value).next())
        return categoryFrom(query);
    return std::nullopt;
}

std::optional<Category> CategoryStore::findByName(const QString& name) const
{
    auto query = m_db.query(CATEGORY_COLUMNS "WHERE name = ?"); // the column is COLLATE NOCASE
    if (query.bind(name.trimmed()).next())
        return categoryFrom(query);
    return std::nullopt;
}

int CategoryStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM category"));
}

int CategoryStore::nextPosition() const
{
    auto query = m_db.query("SELECT coalesce(max(position) + 1, 0) FROM category");
    query.next();
    return int(query.integer(0));
}

CategoryId CategoryStore::insert(const Category& category)
{
    // A valid id is kept (undo puts a category back as it was); NULL picks a new one.
    m_db.query("INSERT INTO category (id, name, description, colour, position) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind(dbtext::fromId(category.id), category.name.trimmed(), category.description,
            category.colour, category.position)
        .exec();
    return CategoryId(m_db.lastInsertId());
}

bool CategoryStore::update(const Category& category)
{
    return m_db.query("UPDATE category SET name = ?, description = ?, colour = ?, position = ? "
                      "WHERE id = ?")
               .bind(category.name.trimmed(), category.description, category.colour,
                   category.position, category.id.value)
               .exec()
        > 0;
}

bool CategoryStore::remove(CategoryId id)
{
    return m_db.query("DELETE FROM category WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

#pragma once

#include "core/model/Category.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for the category table. Called by the Bank inside its transactions; emits nothing.
class CategoryStore {
public:
    explicit CategoryStore(Database& db) : m_db(db) { }

    QList<Category> all() const;
    std::optional<Category> find(CategoryId id) const;
    std::optional<Category> findByName(const QString& name) const;
    int count() const;
    int nextPosition() const;

    CategoryId insert(const Category& category);
    bool update(const Category& category); // false when no such row
    bool remove(CategoryId id);

private:
    Database& m_db;
};

} // namespace sb

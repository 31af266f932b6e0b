#pragma once

#include "core/model/Tag.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for the tag table. Called by the Bank inside its transactions; emits nothing.
class TagStore {
public:
    explicit TagStore(Database& db) : m_db(db) { }

    QList<Tag> all() const;
    std::optional<Tag> find(TagId id) const;
    std::optional<Tag> findByName(const QString& name) const;
    int count() const;

    TagId insert(const Tag& tag);
    bool update(const Tag& tag);
    bool remove(TagId id);

private:
    Database& m_db;
};

} // namespace sb

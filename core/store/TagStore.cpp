#include "core/store/TagStore.h"

#include "core/db/Database.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

Tag tagFrom(const Query& row)
{
    return {TagId(row.integer(0)), row.text(1), row.text(2)};
}

} // namespace

QList<Tag> TagStore::all() const
{
    QList<Tag> result;
    auto query = m_db.query("SELECT id, name, colour FROM tag ORDER BY name");
    while (query.next())
        result.append(tagFrom(query));
    return result;
}

std::optional<Tag> TagStore::find(TagId id) const
{
    auto query = m_db.query("SELECT id, name, colour FROM tag WHERE id = ?");
    if (query.bind(id.value).next())
        return tagFrom(query);
    return std::nullopt;
}

std::optional<Tag> TagStore::findByName(const QString& name) const
{
    auto query = m_db.query("SELECT id, name, colour FROM tag WHERE name = ?");
    if (query.bind(name.trimmed()).next())
        return tagFrom(query);
    return std::nullopt;
}

int TagStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM tag"));
}

TagId TagStore::insert(const Tag& tag)
{
    // A valid id is kept (undo puts a tag back as it was); NULL picks a new one.
    m_db.query("INSERT INTO tag (id, name, colour) VALUES (?, ?, ?)")
        .bind(dbtext::fromId(tag.id), tag.name.trimmed(), tag.colour)
        .exec();
    return TagId(m_db.lastInsertId());
}

bool TagStore::update(const Tag& tag)
{
    return m_db.query("UPDATE tag SET name = ?, colour = ? WHERE id = ?")
               .bind(tag.name.trimmed(), tag.colour, tag.id.value)
               .exec()
        > 0;
}

bool TagStore::remove(TagId id)
{
    return m_db.query("DELETE FROM tag WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

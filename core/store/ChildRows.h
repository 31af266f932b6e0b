#pragma once

#include "core/db/Database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace sb::childrows {

// Ordered lists that belong to one parent row (a question's variants, a story's cues or tags)
// live in link tables as (parent, position, value). These helpers write and read them.

// Deletes the parent's rows with deleteSql (?1 = parent) and inserts values with insertSql
// (?1 = parent, ?2 = position, ?3 = value).
void replaceTexts(Database& db, const char* deleteSql, const char* insertSql, int64_t parent,
    const QStringList& values);

// The values with an id listed twice kept once, in its first place. A set, not a list search: a
// story may carry thousands of tags from an imported note.
template<typename IdT> QList<IdT> uniqueIds(const QList<IdT>& values)
{
    QList<IdT> unique;
    QSet<IdT> seen;
    for (const IdT& value : values) {
        if (!seen.contains(value)) {
            seen.insert(value);
            unique.append(value);
        }
    }
    return unique;
}

// replaceTexts() for ids, each stored once (uniqueIds).
template<typename IdT>
void replaceIds(Database& db, const char* deleteSql, const char* insertSql, int64_t parent,
    const QList<IdT>& values)
{
    db.query(deleteSql).bind(parent).exec();
    int64_t position = 0;
    for (const IdT& value : uniqueIds(values))
        db.query(insertSql).bind(parent, position++, value.value).exec();
}

// The same, but only when the values differ from the parent's rows as selectSql (?1 = parent)
// reads them, ordered by position: an edit that leaves them as they were then rewrites no page
// of the link table or its indexes, and its commit writes that much less.
void updateTexts(Database& db, const char* selectSql, const char* deleteSql, const char* insertSql,
    int64_t parent, const QStringList& values);

template<typename IdT>
void updateIds(Database& db, const char* selectSql, const char* deleteSql, const char* insertSql,
    int64_t parent, const QList<IdT>& values)
{
    QList<IdT> stored;
    auto query = db.query(selectSql);
    query.bind(parent);
    while (query.next())
        stored.append(IdT(query.integer(0)));
    if (stored != uniqueIds(values))
        replaceIds(db, deleteSql, insertSql, parent, values);
}

// Runs sql (?1 = parent, or no parameter when parent is 0), which selects (parent, value)
// ordered by parent and position, and groups the values by parent.
QHash<int64_t, QStringList> loadTexts(Database& db, const char* sql, int64_t parent = 0);

template<typename IdT>
QHash<int64_t, QList<IdT>> loadIds(Database& db, const char* sql, int64_t parent = 0)
{
    QHash<int64_t, QList<IdT>> result;
    auto query = db.query(sql);
    if (parent != 0)
        query.bind(parent);
    while (query.next())
        result[query.integer(0)].append(IdT(query.integer(1)));
    return result;
}

} // namespace sb::childrows

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

// The same for ids; an id listed twice is kept once, in its first place.
template<typename IdT>
void replaceIds(Database& db, const char* deleteSql, const char* insertSql, int64_t parent,
    const QList<IdT>& values)
{
    db.query(deleteSql).bind(parent).exec();
    QSet<IdT> seen; // a set: a story may carry thousands of tags from an imported note
    for (const IdT& value : values) {
        if (seen.contains(value))
            continue;
        seen.insert(value);
        db.query(insertSql).bind(parent, int64_t(seen.size() - 1), value.value).exec();
    }
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
    QList<IdT> unique; // as replaceIds() stores them
    for (const IdT& value : values) {
        if (!unique.contains(value))
            unique.append(value);
    }
    QList<IdT> stored;
    auto query = db.query(selectSql);
    query.bind(parent);
    while (query.next())
        stored.append(IdT(query.integer(0)));
    if (stored != unique)
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

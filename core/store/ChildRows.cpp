#include "core/store/ChildRows.h"

namespace sb::childrows {

void replaceTexts(Database& db, const char* deleteSql, const char* insertSql, int64_t parent,
    const QStringList& values)
{
    db.query(deleteSql).bind(parent).exec();
    int64_t position = 0;
    for (const QString& value : values)
        db.query(insertSql).bind(parent, position++, value).exec();
}

void updateTexts(Database& db, const char* selectSql, const char* deleteSql, const char* insertSql,
    int64_t parent, const QStringList& values)
{
    QStringList stored;
    auto query = db.query(selectSql);
    query.bind(parent);
    while (query.next())
        stored.append(query.text(0));
    if (stored != values)
        replaceTexts(db, deleteSql, insertSql, parent, values);
}

QHash<int64_t, QStringList> loadTexts(Database& db, const char* sql, int64_t parent)
{
    QHash<int64_t, QStringList> result;
    auto query = db.query(sql);
    if (parent != 0)
        query.bind(parent);
    while (query.next())
        result[query.integer(0)].append(query.text(1));
    return result;
}

} // namespace sb::childrows

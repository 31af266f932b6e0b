#include "tests/bench/support/RawDatabase.h"

#include <stdexcept>
#include <string>

namespace sb::bench {

RawDatabase::RawDatabase(const QString& path)
{
    // As the bank opens its connection: one thread per connection, so no mutex per call.
    check(sqlite3_open_v2(path.toUtf8().constData(), &m_db,
              SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr),
        "open");
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
}

RawDatabase::~RawDatabase()
{
    sqlite3_close_v2(m_db);
}

void RawDatabase::exec(const char* sql)
{
    check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql);
}

sqlite3_stmt* RawDatabase::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr), sql);
    return statement;
}

int RawDatabase::run(sqlite3_stmt* statement)
{
    int rows = 0;
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW)
        ++rows;
    sqlite3_reset(statement);
    check(code, sqlite3_sql(statement));
    return rows;
}

void RawDatabase::check(int code, const char* what)
{
    if (code != SQLITE_OK && code != SQLITE_DONE)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

} // namespace sb::bench

#include "core/db/Database.h"

#include "core/db/SqliteErrors.h"

#include <QFile>

#include <sqlite3.h>

namespace sb {

Database::Database(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::Create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        BankError error = errorFromSqlite(m_db, rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_busy_timeout(m_db, kDefaultBusyTimeoutMs);
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close_v2(m_db);
}

Query Database::query(const char* sql)
{
    auto& slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    return Query(m_db, slot.get(), sql);
}

void Database::execScript(const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    check(m_db, rc);
}

int64_t Database::scalar(const char* sql)
{
    auto result = query(sql);
    return result.next() ? result.integer(0) : 0;
}

int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Query::Query(sqlite3* db, Statement* cached, const char* sql)
{
    if (cached->inUse) {
        m_owned = std::make_unique<Statement>(db, sql);
        m_statement = m_owned.get();
    } else {
        m_statement = cached;
    }
    m_statement->inUse = true;
}

Query::~Query()
{
    if (!m_statement)
        return;
    m_statement->reset();
    m_statement->inUse = false;
}

int Query::exec()
{
    while (m_statement->step()) { }
    return m_statement->changes();
}

Query::Query(Query&& other) noexcept
    : m_owned(std::move(other.m_owned)), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

} // namespace sb

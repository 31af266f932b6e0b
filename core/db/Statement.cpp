#include "core/db/Statement.h"

#include "core/db/SqliteErrors.h"

#include <sqlite3.h>

namespace sb {

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw errorFromSqlite(db, rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bindValue(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(m_db,
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

void Statement::bindValue(int index, int64_t value)
{
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
}

void Statement::bindValue(int index, double value)
{
    check(m_db, sqlite3_bind_double(m_stmt, index, value));
}

void Statement::bindValue(int index, std::nullptr_t)
{
    check(m_db, sqlite3_bind_null(m_stmt, index));
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Resetting returns the same error and readies the statement for its next use.
    sqlite3_reset(m_stmt);
    throw errorFromSqlite(m_db, rc);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

} // namespace sb

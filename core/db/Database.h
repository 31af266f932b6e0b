#pragma once

#include "core/db/Statement.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace sb {

class Query;

// Owns one SQLite connection and a cache of its prepared statements.
class Database {
public:
    enum class OpenMode { ReadOnly, ReadWrite, Create };

    // Opens the file as it is: no pragma is set and nothing is written here. Writers wait up to
    // busyTimeoutMs for another connection's lock before reporting the file as busy.
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    Database(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A leased statement for sql, prepared once per connection and reused.
    Query query(const char* sql);

    // The first column of the first row of sql (a count, a pragma), 0 when there is no row.
    int64_t scalar(const char* sql);

    // Runs SQL without parameters: pragmas and our own migration scripts, never user text.
    void execScript(const QByteArray& sql);

    int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// A statement leased from the cache, reset when the lease ends so no read stays open.
// When the cached statement is already leased (a nested use), a private one is prepared.
class Query {
public:
    Query(sqlite3* db, Statement* cached, const char* sql);
    ~Query();
    Query(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;

    // Binds the values to ?1, ?2, … in order.
    template<typename... Values> Query& bind(const Values&... values)
    {
        int index = 0;
        (m_statement->bindValue(++index, values), ...);
        return *this;
    }

    bool next() { return m_statement->step(); }
    // Runs a statement that returns no rows; returns how many rows it changed.
    int exec();

    bool isNull(int column) const { return m_statement->isNull(column); }
    QString text(int column) const { return m_statement->text(column); }
    int64_t integer(int column) const { return m_statement->integer(column); }
    double real(int column) const { return m_statement->real(column); }

private:
    std::unique_ptr<Statement> m_owned;
    Statement* m_statement = nullptr;
};

} // namespace sb

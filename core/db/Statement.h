#pragma once

#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

// One prepared SQLite statement, finalized on destruction. Values are always bound, never
// spliced into SQL text, so user text cannot change the meaning of a query.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bindValue(int index, const QString& value);
    void bindValue(int index, int64_t value);
    void bindValue(int index, int value) { bindValue(index, int64_t {value}); }
    void bindValue(int index, double value);
    void bindValue(int index, std::nullptr_t);
    template<typename T> void bindValue(int index, const std::optional<T>& value)
    {
        if (value)
            bindValue(index, *value);
        else
            bindValue(index, nullptr);
    }

    // Advances to the next row; false when the statement is done.
    bool step();
    void reset();
    // Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    int changes() const;

    bool isNull(int column) const;
    QString text(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;

    bool inUse = false; // leased by a Query (see Database::query)

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace sb

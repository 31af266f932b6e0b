#pragma once

#include <QString>

#include <sqlite3.h>

namespace sb::bench {

// The floors' way into a bank file: the SQLite C API and nothing else, with the pragmas the
// bank itself sets, so a floor pays for SQLite's work and none of ours.
class RawDatabase {
public:
    explicit RawDatabase(const QString& path);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    void exec(const char* sql);
    // A statement the caller keeps and finalizes (prepared once, like the bank's cache).
    sqlite3_stmt* prepare(const char* sql);
    // Steps a bound statement to its end and resets it; returns the rows it gave.
    int run(sqlite3_stmt* statement);
    sqlite3* handle() const { return m_db; }

private:
    void check(int code, const char* what);

    sqlite3* m_db = nullptr;
};

} // namespace sb::bench

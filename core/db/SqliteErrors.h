#pragma once

#include "core/BankError.h"

struct sqlite3;

namespace sb {

// Turns an SQLite result code into a BankError whose message a user can act on.
BankError errorFromSqlite(sqlite3* db, int resultCode);

// Throws errorFromSqlite() unless resultCode is SQLITE_OK.
void check(sqlite3* db, int resultCode);

} // namespace sb

#pragma once

#include <QString>

#include <cstdint>

namespace sb::test {

// Runs SQL on a file with the bare SQLite C API, behind the Bank's back: for tests that need
// a bank in a state the Bank itself would never leave it in.
void rawExec(const QString& path, const char* sql);
int64_t rawScalar(const QString& path, const char* sql);

} // namespace sb::test

namespace sb::test {

// The first column of the first row as text; empty when there is none.
QString rawText(const QString& path, const char* sql);

} // namespace sb::test

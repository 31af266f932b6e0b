#pragma once

#include <QString>

#include <memory>

namespace sb {

class Database;
class SchemaMigrator;

// Opens and creates the SQLite file behind a bank. Anything that is not a healthy bank of a
// version we read is refused with a specific BankError before a byte of it is written.
namespace bankconnection {

// Checks, without writing to it, that path is a healthy bank this version can open; throws
// the BankError that says why not. Without checkIntegrity, every check but reading each page
// (PRAGMA quick_check).
void verify(const QString& path, int latestVersion, bool checkIntegrity = true);

// Opens an existing bank, upgrading its schema (after writing a backup copy) when it is older.
// An upgrade checks every page first even when checkIntegrity is off.
std::unique_ptr<Database> open(
    const QString& path, const SchemaMigrator& migrator, bool checkIntegrity = true);

// Creates a new bank at the latest schema; refuses to replace an existing file. The caller
// fills it and removes it with discard() when filling fails.
std::unique_ptr<Database> create(const QString& path, const SchemaMigrator& migrator);

// Deletes a bank file that was only half made, with its -wal and -shm companions.
void discard(const QString& path);

// Writes a complete, compacted copy of the open bank to target, replacing any file there only
// once the copy is whole.
void writeCopy(Database& db, const QString& target);

// Where the copy taken before upgrading from schema version `from` goes.
QString backupPathFor(const QString& path, int from);

} // namespace bankconnection

} // namespace sb

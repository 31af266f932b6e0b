#include "core/db/SqliteErrors.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sb {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::SqliteErrors", text, disambiguation, n);
}

} // namespace

BankError errorFromSqlite(sqlite3* db, int resultCode)
{
    using Code = BankError::Code;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return {Code::DiskFull,
            tr("The disk is full, so the change was not saved. Free some space and try again.")};
    case SQLITE_READONLY:
        return {Code::ReadOnly,
            tr("The bank is read-only, so the change was not saved. Check the file's "
               "permissions.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {
            Code::Busy, tr("The bank is in use by another program. Close it there and try again.")};
    case SQLITE_CORRUPT:
        return {Code::Damaged, tr("The bank file is damaged (%1).").arg(detail)};
    case SQLITE_NOTADB:
        return {Code::NotSqlite, tr("The file is not a StoryBank bank.")};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {Code::Io, tr("The bank file could not be read or written (%1).").arg(detail)};
    case SQLITE_CONSTRAINT:
        if (resultCode == SQLITE_CONSTRAINT_UNIQUE || resultCode == SQLITE_CONSTRAINT_PRIMARYKEY)
            return {Code::Duplicate, tr("That item already exists (%1).").arg(detail)};
        if (resultCode == SQLITE_CONSTRAINT_FOREIGNKEY)
            return {Code::NoSuchItem, tr("The change refers to an item that does not exist.")};
        return {Code::InvalidValue, tr("The value is not allowed (%1).").arg(detail)};
    default:
        return {Code::Internal, tr("Unexpected database error: %1").arg(detail)};
    }
}

void check(sqlite3* db, int resultCode)
{
    if (resultCode != SQLITE_OK)
        throw errorFromSqlite(db, resultCode);
}

} // namespace sb

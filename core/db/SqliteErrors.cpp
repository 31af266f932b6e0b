#include "core/db/SqliteErrors.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteErrors)
};

} // namespace

BankError errorFromSqlite(sqlite3* db, int resultCode)
{
    using Code = BankError::Code;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return {Code::DiskFull,
            Text::tr(
                "The disk is full, so the change was not saved. Free some space and try again.")};
    case SQLITE_READONLY:
        return {Code::ReadOnly,
            Text::tr("The bank is read-only, so the change was not saved. Check the file's "
                     "permissions.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Code::Busy,
            Text::tr("The bank is in use by another program. Close it there and try again.")};
    case SQLITE_CORRUPT:
        return {Code::Damaged, Text::tr("The bank file is damaged (%1).").arg(detail)};
    case SQLITE_NOTADB:
        return {Code::NotSqlite, Text::tr("The file is not a StoryBank bank.")};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {Code::Io, Text::tr("The bank file could not be read or written (%1).").arg(detail)};
    case SQLITE_CONSTRAINT:
        if (resultCode == SQLITE_CONSTRAINT_UNIQUE || resultCode == SQLITE_CONSTRAINT_PRIMARYKEY)
            return {Code::Duplicate, Text::tr("That item already exists (%1).").arg(detail)};
        if (resultCode == SQLITE_CONSTRAINT_FOREIGNKEY)
            return {
                Code::NoSuchItem, Text::tr("The change refers to an item that does not exist.")};
        return {Code::InvalidValue, Text::tr("The value is not allowed (%1).").arg(detail)};
    default:
        return {Code::Internal, Text::tr("Unexpected database error: %1").arg(detail)};
    }
}

void check(sqlite3* db, int resultCode)
{
    if (resultCode != SQLITE_OK)
        throw errorFromSqlite(db, resultCode);
}

} // namespace sb

#include "core/BankConnection.h"

#include "core/BankError.h"
#include "core/BankFileHeader.h"
#include "core/BankFormat.h"
#include "core/SchemaMigrator.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace sb::bankconnection {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::BankConnection", text, disambiguation, n);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Settings that hold for the life of the connection. journal_mode is already WAL in every
// bank we made, so on open this writes nothing.
void configure(Database& db)
{
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    db.execScript("PRAGMA journal_mode = WAL;\n"
                  "PRAGMA synchronous = FULL;\n"
                  "PRAGMA foreign_keys = ON;");
}

void requireWritable(const QString& path)
{
    const QFileInfo info(path);
    // SQLite keeps its write-ahead log beside the bank, so the folder must be writable too.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw BankError(BankError::Code::ReadOnly,
            tr("%1 is read-only (or its folder is), so StoryBank cannot save to it. "
               "Check its permissions, or copy it somewhere writable.")
                .arg(shown(path)));
}

void requireHealthy(Database& db, const QString& path)
{
    auto query = db.query("PRAGMA quick_check(1)");
    QString verdict = query.next() ? query.text(0) : QString();
    if (verdict != QLatin1String("ok")) {
        // SQLite's report is several lines for developers; one line of it is enough here.
        verdict = verdict.remove(QLatin1String("*** in database main ***")).simplified();
        throw BankError(BankError::Code::Damaged,
            tr("%1 is damaged (%2). Use a backup copy.").arg(shown(path), verdict));
    }
}

int64_t pragmaValue(Database& db, const char* pragma)
{
    auto query = db.query(pragma);
    return query.next() ? query.integer(0) : 0;
}

void backUp(Database& db, const QString& path, int from)
{
    const QString target = backupPathFor(path, from);
    QFile::remove(target); // VACUUM INTO refuses to write over a file
    db.query("VACUUM INTO ?").bind(target).exec();
}

} // namespace

QString backupPathFor(const QString& path, int from)
{
    return path + QStringLiteral(".v%1-backup").arg(from);
}

std::unique_ptr<Database> open(const QString& path, const SchemaMigrator& migrator)
{
    BankFileHeader header = BankFileHeader::read(path);
    const bool headerIsCurrent = !hasPendingWal(path);
    if (headerIsCurrent)
        header.requireBank(path, migrator.latestVersion());
    requireWritable(path);

    const bool hadWal = QFileInfo::exists(path + QLatin1String("-wal"));
    const bool hadShm = QFileInfo::exists(path + QLatin1String("-shm"));
    auto db = std::make_unique<Database>(path, Database::OpenMode::ReadWrite);
    // Until the file is known to be ours, closing must not checkpoint a log into it.
    sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    try {
        if (!headerIsCurrent) {
            // Committed pages still in the write-ahead log (another StoryBank has the bank open,
            // or one was killed) may hold a newer header than the file: ask SQLite for it.
            header.applicationId = uint32_t(pragmaValue(*db, "PRAGMA application_id"));
            header.userVersion = uint32_t(pragmaValue(*db, "PRAGMA user_version"));
            header.requireBank(path, migrator.latestVersion());
        }
        requireHealthy(*db, path);
    } catch (const BankError& error) {
        // Leave the folder as it was: no empty log or index of ours beside a refused file.
        db.reset();
        if (!hadWal && QFileInfo(path + QLatin1String("-wal")).size() == 0)
            QFile::remove(path + QLatin1String("-wal"));
        if (!hadShm)
            QFile::remove(path + QLatin1String("-shm"));
        // SQLite's own verdict on a file it cannot read as a database at all.
        if (error.code() == BankError::Code::NotSqlite)
            throw BankError(BankError::Code::Damaged,
                tr("%1 is damaged and cannot be read. Use a backup copy.").arg(shown(path)));
        throw;
    }
    sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    configure(*db);
    const int version = SchemaMigrator::currentVersion(*db);
    if (version < migrator.latestVersion()) {
        backUp(*db, path, version);
        migrator.migrate(*db);
    }
    return db;
}

std::unique_ptr<Database> create(const QString& path, const SchemaMigrator& migrator)
{
    if (QFileInfo::exists(path))
        throw BankError(BankError::Code::FileExists,
            tr("%1 already exists; StoryBank will not replace it. Choose another "
               "name, or open it instead.")
                .arg(shown(path)));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw BankError(
            BankError::Code::Io, tr("The folder %1 could not be created.").arg(shown(folder)));
    try {
        auto db = std::make_unique<Database>(path, Database::OpenMode::Create);
        configure(*db);
        migrator.migrate(*db);
        return db;
    } catch (...) {
        discard(path);
        throw;
    }
}

void discard(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace sb::bankconnection

#include "core/BankConnection.h"

#include "core/BankError.h"
#include "core/BankFileHeader.h"
#include "core/OwnerOnlyFiles.h"
#include "core/SchemaMigrator.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sb::bankconnection {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankConnection)
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Settings that hold for the life of the connection. journal_mode is already WAL in every
// bank we made, so on open this writes nothing.
void configure(Database& db)
{
    // secure_delete overwrites deleted text with zeros, so a removed story cannot be read back
    // out of the file's free pages.
    db.execScript("PRAGMA journal_mode = WAL;\n"
                  "PRAGMA synchronous = FULL;\n"
                  "PRAGMA foreign_keys = ON;\n"
                  "PRAGMA secure_delete = ON;");
}

void requireWritable(const QString& path)
{
    const QFileInfo info(path);
    // SQLite keeps its write-ahead log beside the bank, so the folder must be writable too.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw BankError(BankError::Code::ReadOnly,
            Text::tr("%1 is read-only (or its folder is), so StoryBank cannot save to it. "
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
            Text::tr("%1 is damaged (%2). Use a backup copy.").arg(shown(path), verdict));
    }
}

// The checks that need SQLite, on a read-only connection: it can neither roll a journal back
// into the file nor checkpoint a log into it, so a refused file stays as it was.
void verifyWithSqlite(
    const QString& path, BankFileHeader header, int latestVersion, bool checkIntegrity)
{
    const QString wal = path + QLatin1String("-wal");
    const QString shm = path + QLatin1String("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    try {
        Database db(path, Database::OpenMode::ReadOnly);
        if (hasPendingWal(path, header)) {
            // Committed pages still in the log (another StoryBank has the bank open, or one was
            // killed) may hold a newer header than the file: ask SQLite for the current one.
            header.applicationId = uint32_t(db.scalar("PRAGMA application_id"));
            header.userVersion = uint32_t(db.scalar("PRAGMA user_version"));
            header.requireBank(path, latestVersion);
        }
        if (checkIntegrity)
            requireHealthy(db, path);
    } catch (const BankError& error) {
        // Leave the folder as it was: no empty log or index of ours beside a refused file.
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
        // SQLite's own verdicts ("not a database", "malformed") do not name the file.
        const bool unreadable = error.code() == BankError::Code::NotSqlite
            || (error.code() == BankError::Code::Damaged && !error.message().contains(shown(path)));
        if (unreadable)
            throw BankError(BankError::Code::Damaged,
                Text::tr("%1 is damaged and cannot be read. Use a backup copy.").arg(shown(path)));
        throw;
    }
}

void backUp(Database& db, const QString& path, int from)
{
    const QString target = backupPathFor(path, from);
    try {
        writeCopy(db, target);
    } catch (const BankError&) {
        throw BankError(BankError::Code::Io,
            Text::tr("The backup copy %1 could not be written, so the bank was not upgraded.")
                .arg(shown(target)));
    }
}

[[noreturn]] void refuseExisting(const QString& path, int latestVersion)
{
    QString why;
    try {
        verify(path, latestVersion);
        why = Text::tr("It is a StoryBank bank: open it instead, or choose another name.");
    } catch (const BankError& error) {
        why = error.message();
    }
    throw BankError(BankError::Code::FileExists,
        Text::tr("%1 already exists; StoryBank will not replace it. %2").arg(shown(path), why));
}

} // namespace

void writeCopy(Database& db, const QString& target)
{
    // Written beside the target and renamed into place, so an existing file is only replaced
    // by a complete copy. VACUUM INTO refuses to write over a file, hence the removals.
    const QString partial = target + QLatin1String(".partial");
    QFile::remove(partial);
    // VACUUM INTO fills an empty file it is given, so the copy is owner-only like the bank.
    QFile claim(partial);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly, owneronly::kPermissions))
        throw BankError(
            BankError::Code::Io, Text::tr("%1 could not be written.").arg(shown(target)));
    claim.close();
    try {
        db.query("VACUUM INTO ?").bind(partial).exec();
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (!owneronly::renameOver(partial, target))
        throw BankError(
            BankError::Code::Io, Text::tr("%1 could not be written.").arg(shown(target)));
}

QString backupPathFor(const QString& path, int from)
{
    return path + QStringLiteral(".v%1-backup").arg(from);
}

void verify(const QString& path, int latestVersion, bool checkIntegrity)
{
    const BankFileHeader header = BankFileHeader::read(path);
    if (!hasPendingWal(path, header))
        header.requireBank(path, latestVersion);
    verifyWithSqlite(path, header, latestVersion, checkIntegrity);
}

std::unique_ptr<Database> open(
    const QString& path, const SchemaMigrator& migrator, bool checkIntegrity)
{
    verify(path, migrator.latestVersion(), checkIntegrity);
    requireWritable(path);

    auto db = std::make_unique<Database>(path, Database::OpenMode::ReadWrite);
    configure(*db);
    const int version = SchemaMigrator::currentVersion(*db);
    if (version < migrator.latestVersion()) {
        // Never upgrade (or back up) a damaged file, whatever the caller deferred.
        if (!checkIntegrity)
            requireHealthy(*db, path);
        backUp(*db, path, version);
        migrator.migrate(*db);
    }
    return db;
}

std::unique_ptr<Database> create(const QString& path, const SchemaMigrator& migrator)
{
    if (QFileInfo::exists(path))
        refuseExisting(path, migrator.latestVersion());
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw BankError(BankError::Code::Io,
            Text::tr("The folder %1 could not be created.").arg(shown(folder)));
    // Claim the name first, exclusively: if anything else creates the file meanwhile, that
    // file is refused here rather than filled, or deleted on failure.
    // Owner-only from the first byte: a career history is private. SQLite gives the bank's
    // log and shared-memory files the same permissions.
    QFile claim(path);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly, owneronly::kPermissions)) {
        if (QFileInfo::exists(path))
            refuseExisting(path, migrator.latestVersion());
        throw BankError(BankError::Code::Io,
            Text::tr("%1 could not be created: %2").arg(shown(path), claim.errorString()));
    }
    claim.close();
    try {
        auto db = std::make_unique<Database>(path, Database::OpenMode::ReadWrite);
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

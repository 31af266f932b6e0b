#include "core/backup/BankRestore.h"

#include "core/Bank.h"
#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/OwnerOnlyFiles.h"
#include "core/backup/BankBackups.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankRestore)
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Bank::verify reads the header, the version and every page (quick_check); a restore is rare
// and replaces everything, so it also runs the full integrity_check (indexes agree with tables).
void requireWholeBank(const QString& backupPath)
{
    Bank::verify(backupPath);
    Database db(backupPath, Database::OpenMode::ReadOnly);
    auto query = db.query("PRAGMA integrity_check(1)");
    if (!query.next() || query.text(0) != QLatin1String("ok"))
        throw BankError(BankError::Code::Damaged,
            Text::tr("%1 is damaged, so it was not restored.").arg(shown(backupPath)));
}

void replaceWith(const QString& backupPath, const QString& bankPath)
{
    const QString partial = bankPath + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!owneronly::copy(backupPath, partial))
        throw BankError(BankError::Code::Io,
            Text::tr("%1 could not be copied beside %2, so nothing was restored.")
                .arg(shown(backupPath), shown(bankPath)));
    // A log or shared-memory file left from the old bank would be read as the new one's.
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(bankPath + QLatin1String(suffix));
    if (!owneronly::renameOver(partial, bankPath))
        throw BankError(BankError::Code::Io,
            Text::tr("%1 could not be replaced, so nothing was restored.").arg(shown(bankPath)));
}

} // namespace

QString restoreBank(
    const QString& backupPath, const QString& bankPath, const QDate& today, int lockWaitMs)
{
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(bankPath).canonicalFilePath())
        throw BankError(BankError::Code::InvalidValue,
            Text::tr("%1 is the bank itself, not a backup of it.").arg(shown(backupPath)));
    requireWholeBank(backupPath);
    // The same lock file the editor holds while it has the bank open.
    QLockFile lock(bankPath + QStringLiteral(".lock"));
    if (!lock.tryLock(lockWaitMs))
        throw BankError(BankError::Code::Busy,
            Text::tr("StoryBank has %1 open. Close it there, then restore.").arg(shown(bankPath)));
    // Kept in case the restore was a mistake.
    const QString kept =
        BankBackups(bankPath).keepCopyBefore(BackupFile::Kind::BeforeRestore, today);
    replaceWith(backupPath, bankPath);
    return kept;
}

} // namespace sb

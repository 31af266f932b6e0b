#include "core/backup/BankBackups.h"

#include "core/Bank.h"
#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/OwnerOnlyFiles.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankBackups)
};

// File names sort by date within each kind: daily-2026-12-01, weekly-2026-12-01 (the day in
// that week it was taken), before-restore-2026-12-01, before-repair-2026-12-01. One table
// serves both writing names and reading them back.
struct KindName {
    BackupFile::Kind kind;
    const char* prefix;
};
constexpr KindName kKindNames[] = {
    {BackupFile::Kind::Daily, "daily"},
    {BackupFile::Kind::Weekly, "weekly"},
    {BackupFile::Kind::BeforeRestore, "before-restore"},
    {BackupFile::Kind::BeforeRepair, "before-repair"},
};

QLatin1String prefixOf(BackupFile::Kind kind)
{
    for (const KindName& name : kKindNames) {
        if (name.kind == kind)
            return QLatin1String(name.prefix);
    }
    return {};
}

const QString kSuffix = QStringLiteral(".storybank");

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

BankBackups::BankBackups(QString bankPath) : m_bankPath(std::move(bankPath)) { }

QString BankBackups::folder() const
{
    return m_bankPath + QStringLiteral("-backups");
}

QString BankBackups::pathFor(BackupFile::Kind kind, const QDate& date) const
{
    return QDir(folder()).filePath(prefixOf(kind) + u'-' + date.toString(Qt::ISODate) + kSuffix);
}

QString BankBackups::unusedPathFor(BackupFile::Kind kind, const QDate& date) const
{
    // Never the name of an earlier one: a second restore on the same day must not replace the
    // copy of the bank as it was before the first.
    const QString first = pathFor(kind, date);
    QString path = first;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = first.chopped(kSuffix.size()) + QStringLiteral("-%1").arg(n) + kSuffix;
    return path;
}

QString BankBackups::keepCopyBefore(BackupFile::Kind kind, const QDate& today) const
{
    if (!QFileInfo::exists(m_bankPath))
        return {};
    requireFolder();
    const QString target = unusedPathFor(kind, today);
    try {
        Bank::open(m_bankPath)->saveCopy(target);
    } catch (const BankError& error) {
        if (error.code() != BankError::Code::Damaged)
            throw;
        // A damaged bank is what people restore over or repair: keep its bytes as they are.
        if (!owneronly::copy(m_bankPath, target))
            throw BankError(BankError::Code::Io,
                Text::tr("%1 could not be copied to %2.")
                    .arg(QDir::toNativeSeparators(m_bankPath), QDir::toNativeSeparators(target)));
    }
    return target;
}

QList<BackupFile> BankBackups::list() const
{
    static const QRegularExpression name(
        QStringLiteral("^([a-z-]+)-(\\d{4}-\\d{2}-\\d{2})(-\\d+)?\\.storybank$"));
    QList<BackupFile> found;
    const QStringList files = QDir(folder()).entryList({QLatin1Char('*') + kSuffix}, QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue; // something the user put there: neither listed nor ever removed
        BackupFile backup;
        backup.path = QDir(folder()).filePath(file);
        backup.date = QDate::fromString(match.captured(2), Qt::ISODate);
        const auto known = std::find_if(std::cbegin(kKindNames), std::cend(kKindNames),
            [&](const KindName& kind) { return match.captured(1) == QLatin1String(kind.prefix); });
        if (known == std::cend(kKindNames))
            continue;
        backup.kind = known->kind;
        found.append(backup);
    }
    // Newest first; on one day, the copy written last first (a restore's after the day's).
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return QFileInfo(a.path).lastModified() > QFileInfo(b.path).lastModified();
    });
    return found;
}

QList<BackupFile> BankBackups::takeDue(const QDate& today) const
{
    const QString daily = pathFor(BackupFile::Kind::Daily, today);
    const QString weekly = pathFor(BackupFile::Kind::Weekly, today);
    const bool weekDone = hasWeekly(mondayOf(today));
    QList<BackupFile> written;
    if (QFileInfo::exists(daily) && weekDone)
        return written;
    requireFolder();
    // A connection of its own, read-only: the copy is a consistent snapshot even while the
    // editor writes, and this never changes the bank.
    Database db(m_bankPath, Database::OpenMode::ReadOnly);
    if (!QFileInfo::exists(daily)) {
        bankconnection::writeCopy(db, daily);
        written.append({daily, BackupFile::Kind::Daily, today});
    }
    if (!weekDone) {
        bankconnection::writeCopy(db, weekly);
        written.append({weekly, BackupFile::Kind::Weekly, today});
    }
    prune(BackupFile::Kind::Daily, kDailyKept);
    prune(BackupFile::Kind::Weekly, kWeeklyKept);
    return written;
}

bool BankBackups::hasWeekly(const QDate& monday) const
{
    const QList<BackupFile> all = list();
    return std::any_of(all.cbegin(), all.cend(), [&](const BackupFile& backup) {
        return backup.kind == BackupFile::Kind::Weekly && backup.date >= monday
            && backup.date < monday.addDays(7);
    });
}

void BankBackups::requireFolder() const
{
    if (QFileInfo::exists(folder()))
        return;
    if (!QDir().mkpath(folder()))
        throw BankError(BankError::Code::Io,
            Text::tr("The backup folder %1 could not be created.")
                .arg(QDir::toNativeSeparators(folder())));
    // Only the owner may even see which copies there are, like the bank itself.
    QFile::setPermissions(
        folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void BankBackups::prune(BackupFile::Kind kind, int kept) const
{
    int seen = 0;
    for (const BackupFile& backup : list()) {
        if (backup.kind == kind && ++seen > kept)
            QFile::remove(backup.path);
    }
}

} // namespace sb

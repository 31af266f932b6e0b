#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace sb {

// One copy in a bank's backup folder.
struct BackupFile {
    enum class Kind { Daily, Weekly, BeforeRestore, BeforeRepair };
    QString path;
    Kind kind = Kind::Daily;
    QDate date; // the day it was taken
};

// The rotating copies of a bank, kept in a folder beside it (NAME.storybank-backups): one for
// each of the last 7 days the bank was used and one for each of the last 4 weeks, so a mistake
// noticed a month later can still be undone. Copies are taken through SQLite on a connection of
// their own, so they can be made on a worker thread while the bank is open for editing.
class BankBackups {
public:
    static constexpr int kDailyKept = 7;
    static constexpr int kWeeklyKept = 4;

    explicit BankBackups(QString bankPath);

    QString folder() const;
    // Every copy in the folder, newest first.
    QList<BackupFile> list() const;
    // Takes today's copy and this week's if they are missing, then removes the oldest beyond
    // what is kept. Returns the copies written (none when today's already exists). Throws
    // BankError when the folder or a copy cannot be written; the copies already there stay.
    QList<BackupFile> takeDue(const QDate& today) const;
    // Copies the bank as it is now to before-restore-DATE or before-repair-DATE (kind), under a
    // name not yet taken, and returns that path; empty when there is no bank to copy. A bank
    // SQLite can read is copied through it (which also folds its log into the file); a damaged
    // one, byte for byte. Throws BankError when the copy cannot be written.
    QString keepCopyBefore(BackupFile::Kind kind, const QDate& today) const;

private:
    QString pathFor(BackupFile::Kind kind, const QDate& date) const;
    void prune(BackupFile::Kind kind, int kept) const;
    bool hasWeekly(const QDate& monday) const; // a weekly copy taken in the week from monday
    QString unusedPathFor(BackupFile::Kind kind, const QDate& date) const;
    void requireFolder() const; // creates it, owner-only, if it is missing

    QString m_bankPath;
};

} // namespace sb

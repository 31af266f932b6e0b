#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace sb {

// One copy in a bank's backup folder.
struct BackupFile {
    enum class Kind { Daily, Weekly, BeforeRestore };
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
    // Where a copy of the bank is put before a restore replaces it (a name not yet taken).
    QString beforeRestorePath(const QDate& today) const;
    // Creates the folder, owner-only, if it is missing.
    void requireFolder() const;

private:
    QString pathFor(BackupFile::Kind kind, const QDate& date) const;
    void prune(BackupFile::Kind kind, int kept) const;
    bool hasWeekly(const QDate& monday) const; // a weekly copy taken in the week from monday

    QString m_bankPath;
};

} // namespace sb

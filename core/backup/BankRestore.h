#pragma once

#include <QDate>
#include <QString>

namespace sb {

// Puts a backup back in place of a bank. Throws BankError (and changes nothing) when the
// backup is not a whole bank this version can open, or when StoryBank has the bank open.
// Before replacing the bank it copies it into the bank's backup folder (as before-restore-DATE)
// and returns that copy's path; the bank itself is replaced in one rename, so at every moment
// either the old bank or the restored one is there.
// lockWaitMs is how long to wait for an editor that is closing to let go of the bank.
QString restoreBank(
    const QString& backupPath, const QString& bankPath, const QDate& today, int lockWaitMs = 0);

} // namespace sb

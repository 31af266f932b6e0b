#include "app/gui/BankLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sb::gui {

BankLock::BankLock(const QString& bankPath)
    : m_file(std::make_unique<QLockFile>(bankPath + QLatin1String(".lock")))
{
    // Never stale by age: a bank left open overnight is still open. A lock whose process has
    // died is still taken over, because QLockFile checks the owner's process id.
    m_file->setStaleLockTime(0);
    // On a first run the bank, and its folder, are about to be created.
    QDir().mkpath(QFileInfo(bankPath).absolutePath());
    m_locked = m_file->tryLock(0);
    if (m_locked)
        return;
    qint64 pid = 0;
    QString host;
    QString application;
    const QString shown = QDir::toNativeSeparators(bankPath);
    if (m_file->error() == QLockFile::LockFailedError
        && m_file->getLockInfo(&pid, &host, &application))
        m_error = QCoreApplication::translate("sb::gui::BankLock",
            "%1 is already open in another StoryBank window (process %2 on %3). Switch to that "
            "window, or close it and try again.")
                      .arg(shown)
                      .arg(pid)
                      .arg(host);
    else
        m_error = QCoreApplication::translate(
            "sb::gui::BankLock", "%1 could not be locked for editing: its folder may be read-only.")
                      .arg(shown);
}

} // namespace sb::gui

#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace sb::gui {

// Keeps a second StoryBank window from opening a bank this one has open: a lock file beside
// the bank (NAME.storybank.lock). A lock left by a process that no longer runs is taken over.
class BankLock {
public:
    // Locks the bank at path; on failure, errorMessage() says who holds it.
    explicit BankLock(const QString& bankPath);

    bool isLocked() const { return m_locked; }
    QString errorMessage() const { return m_error; }

private:
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
    QString m_error;
};

} // namespace sb::gui

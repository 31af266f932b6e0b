#include "app/gui/BankLock.h"
#include "tests/support/TempBank.h"

#include <QFile>

namespace sb::test {
namespace {

using gui::BankLock;

using BankLockTest = TempBankTest;

TEST_F(BankLockTest, SecondLockOnTheSameBankIsRefusedWithAMessage)
{
    const BankLock first(bankPath());
    ASSERT_TRUE(first.isLocked());
    const BankLock second(bankPath());
    EXPECT_FALSE(second.isLocked());
    EXPECT_TRUE(second.errorMessage().contains(QStringLiteral("already open")))
        << second.errorMessage().toStdString();
}

TEST_F(BankLockTest, BankInAFolderThatDoesNotExistYetCanBeLocked)
{
    EXPECT_TRUE(BankLock(pathFor(QStringLiteral("first/run/new.storybank"))).isLocked());
}

TEST_F(BankLockTest, LockIsReleasedWhenTheWindowGoesAway)
{
    {
        const BankLock first(bankPath());
    }
    EXPECT_TRUE(BankLock(bankPath()).isLocked());
}

TEST_F(BankLockTest, LockLeftByAProcessThatDiedIsTakenOver)
{
    // QLockFile's format: pid, application name, host name. No process has pid 2^22 + 1.
    QFile stale(bankPath() + QStringLiteral(".lock"));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray("4194305\nstorybank\n") + QSysInfo::machineHostName().toUtf8() + '\n');
    stale.close();
    EXPECT_TRUE(BankLock(bankPath()).isLocked());
}

} // namespace
} // namespace sb::test

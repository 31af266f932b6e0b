#include "core/BankError.h"
#include "core/backup/BankBackups.h"
#include "core/backup/BankRestore.h"
#include "tests/support/TempBank.h"

#include <QFileInfo>
#include <QLockFile>

#include <thread>

namespace sb::test {
namespace {

// Guarantee 9, the restoring half: a restore puts back only a whole bank, never while
// StoryBank has the bank open, and keeps the bank it replaces.
class RestoreTest : public TempBankTest {
protected:
    const QDate m_today {2026, 12, 1};

    // A backup holding one story, and a bank that has moved on to two.
    QString backupWithOneStory()
    {
        bank().addStory(sampleStory(QStringLiteral("Before")));
        const QString backup = pathFor(QStringLiteral("backup.storybank"));
        bank().saveCopy(backup);
        bank().addStory(sampleStory(QStringLiteral("After")));
        closeBank();
        return backup;
    }
};

TEST_F(RestoreTest, PutsTheBackupBackAndKeepsTheBankItReplaced)
{
    const QString backup = backupWithOneStory();
    const QString kept = restoreBank(backup, bankPath(), m_today);

    EXPECT_EQ(Bank::open(bankPath())->stats().stories, 1);
    ASSERT_FALSE(kept.isEmpty());
    EXPECT_EQ(Bank::open(kept)->stats().stories, 2) << "the replaced bank is kept whole";
    EXPECT_FALSE(QFileInfo::exists(bankPath() + QStringLiteral(".partial")));
}

TEST_F(RestoreTest, ASecondRestoreTheSameDayKeepsTheFirstOnesCopyToo)
{
    const QString backup = backupWithOneStory();
    const QString first = restoreBank(backup, bankPath(), m_today);
    const QString second = restoreBank(backup, bankPath(), m_today);
    EXPECT_NE(first, second);
    EXPECT_EQ(Bank::open(first)->stats().stories, 2);
    EXPECT_EQ(Bank::open(second)->stats().stories, 1);
    int kept = 0;
    for (const BackupFile& file : BankBackups(bankPath()).list())
        kept += file.kind == BackupFile::Kind::BeforeRestore;
    EXPECT_EQ(kept, 2);
}

TEST_F(RestoreTest, ADamagedBackupIsRefusedAndTheBankIsUntouched)
{
    const QString backup = backupWithOneStory();
    QByteArray bytes = readAll(backup);
    bytes.truncate(bytes.size() / 2);
    writeAll(backup, bytes);
    const QByteArray bankBefore = readAll(bankPath());

    EXPECT_THROW(restoreBank(backup, bankPath(), m_today), BankError);
    EXPECT_EQ(readAll(bankPath()), bankBefore);
    EXPECT_TRUE(BankBackups(bankPath()).list().isEmpty()) << "nothing was started";
}

TEST_F(RestoreTest, IsRefusedWhileStoryBankHasTheBankOpen)
{
    const QString backup = backupWithOneStory();
    QLockFile editor(bankPath() + QStringLiteral(".lock")); // as the editor holds it
    ASSERT_TRUE(editor.tryLock(0));
    const QByteArray bankBefore = readAll(bankPath());
    try {
        restoreBank(backup, bankPath(), m_today);
        ADD_FAILURE() << "a bank open in StoryBank was replaced";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::Busy);
        EXPECT_TRUE(error.message().contains(QStringLiteral("open")))
            << qPrintable(error.message());
    }
    EXPECT_EQ(readAll(bankPath()), bankBefore);
}

TEST_F(RestoreTest, WaitsForAClosingEditorToLetGo)
{
    const QString backup = backupWithOneStory();
    QLockFile editor(bankPath() + QStringLiteral(".lock"));
    ASSERT_TRUE(editor.tryLock(0));
    std::thread closing([&editor] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        editor.unlock();
    });
    EXPECT_NO_THROW(restoreBank(backup, bankPath(), m_today, 10000));
    closing.join();
    EXPECT_EQ(Bank::open(bankPath())->stats().stories, 1);
}

TEST_F(RestoreTest, TheBankItselfIsNotABackup)
{
    bank().addStory(sampleStory());
    closeBank();
    EXPECT_THROW(restoreBank(bankPath(), bankPath(), m_today), BankError);
    EXPECT_EQ(Bank::open(bankPath())->stats().stories, 1);
}

} // namespace
} // namespace sb::test

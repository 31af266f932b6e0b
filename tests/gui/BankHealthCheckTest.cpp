#include "app/gui/BankHealthCheck.h"
#include "app/gui/BankOpening.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/backup/BankBackups.h"
#include "tests/support/TempBank.h"

#include <QFile>
#include <QSignalSpy>

namespace sb::test {
namespace {

class BankHealthCheckTest : public TempBankTest {
protected:
    // A bank whose second page (a table's b-tree) is garbage: the header and schema read
    // fine, only reading every page finds it.
    QString damagedBank()
    {
        const QString path = pathFor(QStringLiteral("damaged.storybank"));
        Bank::create(path)->addStory(sampleStory());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(4096, char(0xA5)));
        return path;
    }

    // Runs a check to its end; returns what damaged() said, empty when it was not emitted.
    static QString check(const QString& path)
    {
        gui::BankHealthCheck health(path);
        QSignalSpy damaged(&health, &gui::BankHealthCheck::damaged);
        QSignalSpy finished(&health, &gui::BankHealthCheck::finished);
        health.start();
        EXPECT_TRUE(finished.wait(10000));
        return damaged.isEmpty() ? QString() : damaged.first().first().toString();
    }
};

TEST_F(BankHealthCheckTest, HealthyBankOpensAndPassesTheCheck)
{
    const QString path = pathFor(QStringLiteral("healthy.storybank"));
    Bank::create(path)->addStory(sampleStory());
    const auto bank = gui::openOrCreateBank(path, false);
    EXPECT_TRUE(check(path).isEmpty());
}

TEST_F(BankHealthCheckTest, DamageTheOpeningSkippedIsFoundBesideTheWindow)
{
    const QString path = damagedBank();
    EXPECT_THROW(Bank::open(path), BankError); // what the command line still does
    const auto bank = gui::openOrCreateBank(path, false);
    const QString problem = check(path);
    EXPECT_TRUE(problem.contains(QLatin1String("damaged"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QLatin1String("damaged.storybank"))) << problem.toStdString();
}

TEST_F(BankHealthCheckTest, AHealthyBankGetsTodaysBackupBesideTheWindow)
{
    const QString path = pathFor(QStringLiteral("healthy.storybank"));
    Bank::create(path)->addStory(sampleStory());
    const auto bank = gui::openOrCreateBank(path, false);
    EXPECT_TRUE(check(path).isEmpty());
    const QList<BackupFile> backups = BankBackups(path).list();
    ASSERT_EQ(backups.size(), 2); // today's and this week's
    EXPECT_EQ(backups.constFirst().date, QDate::currentDate());
    EXPECT_EQ(Bank::open(backups.constFirst().path)->stats().stories, 1);
}

TEST_F(BankHealthCheckTest, ADamagedBankIsNeverBackedUp)
{
    const QString path = damagedBank();
    const auto bank = gui::openOrCreateBank(path, false);
    EXPECT_FALSE(check(path).isEmpty());
    EXPECT_TRUE(BankBackups(path).list().isEmpty()) << "a damaged copy would push out good ones";
}

TEST_F(BankHealthCheckTest, ABackupThatCannotBeWrittenIsReportedNotFatal)
{
    const QString path = pathFor(QStringLiteral("healthy.storybank"));
    Bank::create(path)->addStory(sampleStory());
    writeAll(BankBackups(path).folder(), "a file where the backup folder should be");
    gui::BankHealthCheck health(path);
    QSignalSpy damaged(&health, &gui::BankHealthCheck::damaged);
    QSignalSpy backupFailed(&health, &gui::BankHealthCheck::backupFailed);
    QSignalSpy finished(&health, &gui::BankHealthCheck::finished);
    health.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(damaged.isEmpty());
    ASSERT_EQ(backupFailed.size(), 1);
    EXPECT_TRUE(backupFailed.first().first().toString().contains(QStringLiteral("backup")));
}

TEST_F(BankHealthCheckTest, AnUpgradeChecksEveryPageEvenWhenTheOpenerDeferred)
{
    const QString path = damagedBank();
    // An older schema: the upgrade must not back up or migrate a damaged file.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(60); // the header's user_version, big-endian
        const char version[] {0, 0, 0, 1};
        file.write(version, 4);
    }
    try {
        Bank::open(path, Bank::OpenOptions {.checkIntegrity = false});
        ADD_FAILURE() << "a damaged bank was upgraded";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::Damaged) << error.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v1-backup")));
}

} // namespace
} // namespace sb::test

#include "core/backup/BankBackups.h"
#include "tests/reliability/BankChildProcess.h"
#include "tests/support/TempBank.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace sb::test {
namespace {

// Guarantee 9, the automatic half: one copy a day for the last 7 days and one a week for the
// last 4 weeks, each a whole bank as it was that day.
class BackupRotationTest : public TempBankTest {
protected:
    const QDate m_start {2026, 11, 2}; // a Monday
};

int storiesIn(const QString& path)
{
    return Bank::open(path)->stats().stories;
}

TEST_F(BackupRotationTest, KeepsTheLastSevenDaysAndTheLastFourWeeks)
{
    const BankBackups backups(bankPath());
    for (int day = 0; day < 40; ++day) {
        bank().addStory(sampleStory(QStringLiteral("Day %1").arg(day)));
        backups.takeDue(m_start.addDays(day));
    }
    QList<QDate> daily;
    QList<QDate> weekly;
    for (const BackupFile& backup : backups.list()) {
        (backup.kind == BackupFile::Kind::Daily ? daily : weekly).append(backup.date);
        const int day = int(m_start.daysTo(backup.date));
        EXPECT_EQ(storiesIn(backup.path), day + 1) << "the copy of " << qPrintable(backup.path);
    }
    const QDate last = m_start.addDays(39); // a Wednesday, week 6
    EXPECT_EQ(daily,
        QList<QDate>({last, last.addDays(-1), last.addDays(-2), last.addDays(-3), last.addDays(-4),
            last.addDays(-5), last.addDays(-6)}));
    // A week's copy is taken on its first day of use (here always a Monday).
    EXPECT_EQ(weekly,
        QList<QDate>(
            {m_start.addDays(35), m_start.addDays(28), m_start.addDays(21), m_start.addDays(14)}));
}

TEST_F(BackupRotationTest, AWeekStartedMidweekHasItsCopyFromItsFirstDay)
{
    const BankBackups backups(bankPath());
    bank().addStory(sampleStory());
    const QDate thursday = m_start.addDays(3);
    EXPECT_EQ(backups.takeDue(thursday).size(), 2);
    EXPECT_EQ(backups.takeDue(thursday.addDays(1)).size(), 1) << "only the day's: same week";
    const QList<BackupFile> written = backups.takeDue(thursday.addDays(4)); // next Monday
    ASSERT_EQ(written.size(), 2);
    EXPECT_EQ(written.last().kind, BackupFile::Kind::Weekly);
    EXPECT_EQ(written.last().date, thursday.addDays(4));
}

TEST_F(BackupRotationTest, TheSameDayTwiceWritesNothingNew)
{
    const BankBackups backups(bankPath());
    bank().addStory(sampleStory());
    EXPECT_EQ(backups.takeDue(m_start).size(), 2); // the day's and the week's
    bank().addStory(sampleStory(QStringLiteral("Later that day")));
    EXPECT_TRUE(backups.takeDue(m_start).isEmpty());
    EXPECT_EQ(storiesIn(backups.list().constFirst().path), 1) << "the morning's copy is kept";
}

TEST_F(BackupRotationTest, CopiesAndTheirFolderAreTheOwnersOnlyAndForeignFilesStay)
{
    const BankBackups backups(bankPath());
    bank().addStory(sampleStory());
    backups.takeDue(m_start);
    EXPECT_EQ(QFileInfo(backups.folder()).permissions() & 0x0FF, 0) << "the folder is private";
    const QString mine = QDir(backups.folder()).filePath(QStringLiteral("keep-me.storybank"));
    writeAll(mine, "the user's own file");
    for (int day = 0; day < 60; ++day)
        backups.takeDue(m_start.addDays(day));
    EXPECT_TRUE(QFileInfo::exists(mine));
    for (const BackupFile& backup : backups.list())
        EXPECT_EQ(QFileInfo(backup.path).permissions() & 0x0FF, 0) << qPrintable(backup.path);
}

// A copy killed half-way leaves the copy it was replacing whole: copies are written beside
// their target and renamed over it only once complete.
TEST_F(BackupRotationTest, ACopyKilledHalfWayNeverReplacesAGoodOne)
{
    for (int n = 0; n < 300; ++n)
        bank().addStory(sampleStory(QStringLiteral("Story %1").arg(n)));
    closeBank();
    const QString target = pathFor(QStringLiteral("copy.storybank"));
    for (const int killAfterMs : {5, 40, 90, 150, 230}) {
        BankChildProcess copier(QStringLiteral("copy"), bankPath(), target);
        ASSERT_TRUE(copier.waitForLines(1, 60000)) << "the first copy never finished";
        QThread::msleep(unsigned(killAfterMs));
        copier.killNow();
        SCOPED_TRACE(testing::Message() << "killed " << killAfterMs << " ms after a copy");
        EXPECT_NO_THROW(Bank::verify(target));
        EXPECT_EQ(storiesIn(target), 300);
    }
}

} // namespace
} // namespace sb::test

#include "tests/cli/CliTest.h"

#include <QDir>
#include <QFileInfo>

namespace sb::test {
namespace {

class CliBackupTest : public CliTest {
protected:
    void SetUp() override
    {
        initBank(true);
        add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("Kept")});
    }
    int stories() { return statsJson().value(QStringLiteral("stories")).toInt(); }
};

TEST_F(CliBackupTest, BackupToAFileThenRestoreItPutsTheBankBack)
{
    const QString copy = pathFor(QStringLiteral("copy.storybank"));
    const CliResult backup = cliOnBank({QStringLiteral("backup"), QStringLiteral("-o"), copy});
    ASSERT_EQ(backup.exitCode, 0) << qPrintable(backup.err);
    add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("Regretted")});
    ASSERT_EQ(stories(), 2);

    const CliResult restore = cliOnBank({QStringLiteral("restore"), copy});
    ASSERT_EQ(restore.exitCode, 0) << qPrintable(restore.err);
    EXPECT_EQ(stories(), 1);
    EXPECT_TRUE(restore.out.contains(QStringLiteral("before-restore-"))) << qPrintable(restore.out);
}

TEST_F(CliBackupTest, WithoutOutputTakesTodaysCopiesAndListsThem)
{
    const CliResult result = cliOnBank({QStringLiteral("backup")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(QStringLiteral("daily-"))) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(QStringLiteral("weekly-"))) << qPrintable(result.out);
    EXPECT_EQ(QDir(bankPath() + QStringLiteral("-backups")).entryList(QDir::Files).size(), 2);
}

TEST_F(CliBackupTest, NeverWritesOverAFileThatIsNotABank)
{
    const QString letter = pathFor(QStringLiteral("cover-letter.storybank"));
    writeAll(letter, "Dear hiring manager");
    const CliResult result = cliOnBank({QStringLiteral("backup"), QStringLiteral("-o"), letter});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a StoryBank bank")))
        << qPrintable(result.err);
    EXPECT_EQ(readAll(letter), QByteArray("Dear hiring manager"));
}

TEST_F(CliBackupTest, RestoringSomethingThatIsNotABankFailsAndChangesNothing)
{
    const QString letter = pathFor(QStringLiteral("cover-letter.txt"));
    writeAll(letter, "Dear hiring manager");
    const QByteArray before = readAll(bankPath());
    const CliResult result = cliOnBank({QStringLiteral("restore"), letter});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.errLines().size(), 1) << qPrintable(result.err);
    EXPECT_EQ(readAll(bankPath()), before);
    EXPECT_EQ(stories(), 1);
}

} // namespace
} // namespace sb::test

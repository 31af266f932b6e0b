// init, stats and check: creating a bank and asking what it holds.

#include "tests/cli/CliTest.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace sb::test {
namespace {

using CliInitTest = CliTest;

// A JSON number that is a whole number (JSON has no integer type of its own).
::testing::AssertionResult isInteger(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return ::testing::AssertionFailure() << key << " is missing or not a number";
    if (value.toDouble() != std::floor(value.toDouble()))
        return ::testing::AssertionFailure() << key << " is " << value.toDouble() << ", not whole";
    return ::testing::AssertionSuccess();
}

TEST_F(CliInitTest, InitCreatesABankWithTheStarterCatalog)
{
    const CliResult result = cliOnBank({QStringLiteral("init")});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_TRUE(QFileInfo(bankPath()).isFile());

    const QJsonObject stats = statsJson();
    for (const char* key :
        {"categories", "questions", "stories", "tags", "links", "schema_version"})
        EXPECT_TRUE(isInteger(stats, key));
    EXPECT_GE(stats.value(QStringLiteral("categories")).toInteger(), 15);
    EXPECT_GE(stats.value(QStringLiteral("questions")).toInteger(), 100);
    EXPECT_EQ(stats.value(QStringLiteral("stories")).toInteger(-1), 0);
    EXPECT_EQ(stats.value(QStringLiteral("tags")).toInteger(-1), 0);
    EXPECT_EQ(stats.value(QStringLiteral("links")).toInteger(-1), 0);
    EXPECT_GE(stats.value(QStringLiteral("schema_version")).toInteger(), 1);
    EXPECT_EQ(stats.value(QStringLiteral("path")).toString(), QDir::toNativeSeparators(bankPath()));
}

TEST_F(CliInitTest, InitReportsWhatItCreated)
{
    const CliResult result = cliOnBank({QStringLiteral("init")});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    const QJsonObject stats = statsJson();
    EXPECT_TRUE(result.out.contains(bankPath())) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("%1 categories").arg(stats.value(QStringLiteral("categories")).toInteger())))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("%1 questions").arg(stats.value(QStringLiteral("questions")).toInteger())))
        << result.out.toStdString();
}

TEST_F(CliInitTest, InitEmptyCreatesABankWithoutCategoriesOrQuestions)
{
    initBank(/*empty=*/true);
    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats.value(QStringLiteral("questions")).toInteger(-1), 0);
    EXPECT_EQ(stats.value(QStringLiteral("categories")).toInteger(-1), 0);
    EXPECT_TRUE(listJson(QStringLiteral("questions")).isEmpty());
}

TEST_F(CliInitTest, InitRefusesAnExistingBankAndLeavesItAlone)
{
    initBank();
    ASSERT_TRUE(add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("Kept")}));
    const QByteArray before = readAll(bankPath());
    ASSERT_FALSE(before.isEmpty());

    const CliResult result = cliOnBank({QStringLiteral("init"), QStringLiteral("--empty")});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    ASSERT_EQ(result.errLines().size(), 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QLatin1String("already exists"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_EQ(readAll(bankPath()), before);
    EXPECT_EQ(statsJson().value(QStringLiteral("stories")).toInteger(-1), 1);
}

TEST_F(CliInitTest, InitRefusesToReplaceAnyExistingFile)
{
    const QByteArray notes("My notes. Not a bank, but precious.\n");
    writeAll(bankPath(), notes);

    const CliResult result = cliOnBank({QStringLiteral("init")});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_EQ(result.errLines().size(), 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QLatin1String("already exists"))) << result.err.toStdString();
    EXPECT_EQ(readAll(bankPath()), notes);
}

TEST_F(CliInitTest, WithoutDbTheDefaultBankLivesInTheUsersDataFolder)
{
    const QString expected =
        QDir(runner().dataHome()).filePath(QStringLiteral("StoryBank/StoryBank.storybank"));
    ASSERT_FALSE(QFileInfo::exists(expected));

    const CliResult init = cli({QStringLiteral("init"), QStringLiteral("--empty")});
    ASSERT_EQ(init.exitCode, 0) << testing::PrintToString(init);
    EXPECT_TRUE(QFileInfo(expected).isFile());

    const CliResult stats = cli({QStringLiteral("stats")});
    EXPECT_EQ(stats.exitCode, 0) << testing::PrintToString(stats);
    EXPECT_TRUE(stats.out.contains(QDir::toNativeSeparators(expected))) << stats.out.toStdString();
}

TEST_F(CliInitTest, DbOptionAfterTheCommandNamesTheBankToo)
{
    initBank();
    ASSERT_TRUE(add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("One")}));
    const CliResult result = cli(
        {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), bankPath()});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(QLatin1String("\"stories\": 1"))) << result.out.toStdString();
}

TEST_F(CliInitTest, StatsWithoutJsonPrintsReadableCounts)
{
    initBank(/*empty=*/true);
    ASSERT_TRUE(add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("One")}));
    ASSERT_TRUE(add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("Two")}));
    const CliResult result = cliOnBank({QStringLiteral("stats")});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(QRegularExpression(QStringLiteral("Stories:\\s+2\\n"))))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QRegularExpression(QStringLiteral("Questions:\\s+0\\n"))))
        << result.out.toStdString();
}

TEST_F(CliInitTest, CheckPassesOnAHealthyBank)
{
    initBank();
    const auto story = add(QStringLiteral("story"),
        {QStringLiteral("--title"), QStringLiteral("Healthy"), QStringLiteral("--tag"),
            QStringLiteral("ok")});
    ASSERT_TRUE(story);
    const CliResult link =
        cliOnBank({QStringLiteral("link"), QString::number(*story), QStringLiteral("1")});
    ASSERT_EQ(link.exitCode, 0) << testing::PrintToString(link);

    const CliResult result = cliOnBank({QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QLatin1String("all is well"))) << result.out.toStdString();
}

} // namespace
} // namespace sb::test

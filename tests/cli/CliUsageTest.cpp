// Mistakes in how storybank-cli is called: exit 2 and a hint on stderr, checked before the
// bank is touched. Help and version go to stdout with exit 0.

#include "tests/cli/CliTest.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sb::test {
namespace {

class CliUsageTest : public CliTest {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(initBank()); }

    // Runs a mistaken call on the bank: exit 2, nothing on stdout, the message and a pointer
    // to --help on stderr, and the bank as it was.
    void expectUsageError(const QStringList& arguments, const QString& mentions)
    {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const QByteArray before = readAll(bankPath());
        const CliResult result = cliOnBank(arguments);
        EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.isEmpty()) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.contains(mentions)) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.contains(QLatin1String("--help"))) << testing::PrintToString(result);
        EXPECT_EQ(readAll(bankPath()), before);
    }
};

TEST_F(CliUsageTest, UnknownCommandExitsTwoWithAHint)
{
    expectUsageError({QStringLiteral("frobnicate")}, QStringLiteral("unknown command"));
    expectUsageError({QStringLiteral("frobnicate")}, QStringLiteral("frobnicate"));
}

TEST_F(CliUsageTest, UnknownOptionExitsTwo)
{
    expectUsageError(
        {QStringLiteral("stats"), QStringLiteral("--frobnicate")}, QStringLiteral("frobnicate"));
    expectUsageError(
        {QStringLiteral("--frobnicate"), QStringLiteral("stats")}, QStringLiteral("frobnicate"));
}

TEST_F(CliUsageTest, AddStoryWithoutTitleExitsTwoAndAddsNothing)
{
    expectUsageError({QStringLiteral("add"), QStringLiteral("story")}, QStringLiteral("--title"));
    expectUsageError({QStringLiteral("add"), QStringLiteral("story"), QStringLiteral("--title"),
                         QStringLiteral("  ")},
        QStringLiteral("--title"));
    expectUsageError({QStringLiteral("add"), QStringLiteral("question"), QStringLiteral("--notes"),
                         QStringLiteral("n")},
        QStringLiteral("--text"));
    EXPECT_EQ(statsJson().value(QStringLiteral("stories")).toInteger(-1), 0);
}

TEST_F(CliUsageTest, AddOfAnUnknownKindExitsTwo)
{
    expectUsageError({QStringLiteral("add"), QStringLiteral("widget"), QStringLiteral("--name"),
                         QStringLiteral("w")},
        QStringLiteral("widget"));
}

TEST_F(CliUsageTest, NonNumericOrNonPositiveIdExitsTwo)
{
    expectUsageError({QStringLiteral("link"), QStringLiteral("abc"), QStringLiteral("1")},
        QStringLiteral("abc"));
    expectUsageError({QStringLiteral("link"), QStringLiteral("1"), QStringLiteral("0")},
        QStringLiteral("QUESTION_ID"));
    expectUsageError(
        {QStringLiteral("link"), QStringLiteral("1")}, QStringLiteral("STORY_ID QUESTION_ID"));
    expectUsageError({QStringLiteral("remove"), QStringLiteral("story"), QStringLiteral("1.5")},
        QStringLiteral("1.5"));
    expectUsageError({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
                         QStringLiteral("many")},
        QStringLiteral("--limit"));
}

TEST_F(CliUsageTest, ListOfAnUnknownKindExitsTwo)
{
    expectUsageError(
        {QStringLiteral("list"), QStringLiteral("widgets")}, QStringLiteral("widgets"));
    expectUsageError({QStringLiteral("list")}, QStringLiteral("stories"));
}

TEST_F(CliUsageTest, BadMethodExitsTwoAndAddsNothing)
{
    expectUsageError({QStringLiteral("add"), QStringLiteral("story"), QStringLiteral("--title"),
                         QStringLiteral("T"), QStringLiteral("--tag"), QStringLiteral("fresh"),
                         QStringLiteral("--method"), QStringLiteral("HERO")},
        QStringLiteral("HERO"));
    expectUsageError(
        {QStringLiteral("add"), QStringLiteral("story"), QStringLiteral("--title"),
            QStringLiteral("T"), QStringLiteral("--status"), QStringLiteral("finished")},
        QStringLiteral("--status"));
    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats.value(QStringLiteral("stories")).toInteger(-1), 0);
    EXPECT_EQ(stats.value(QStringLiteral("tags")).toInteger(-1), 0);
}

TEST_F(CliUsageTest, BadFitExitsTwo)
{
    const auto story =
        add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("T")});
    ASSERT_TRUE(story);
    expectUsageError({QStringLiteral("link"), QString::number(*story), QStringLiteral("1"),
                         QStringLiteral("--fit"), QStringLiteral("perfect")},
        QStringLiteral("--fit"));
    EXPECT_EQ(statsJson().value(QStringLiteral("links")).toInteger(-1), 0);
}

TEST_F(CliUsageTest, OptionThatDoesNotApplyExitsTwo)
{
    expectUsageError({QStringLiteral("add"), QStringLiteral("question"), QStringLiteral("--text"),
                         QStringLiteral("X"), QStringLiteral("--title"), QStringLiteral("Y")},
        QStringLiteral("--title"));
    expectUsageError(
        {QStringLiteral("add"), QStringLiteral("tag"), QStringLiteral("--name"),
            QStringLiteral("t"), QStringLiteral("--category"), QStringLiteral("Conflict")},
        QStringLiteral("--category"));
    EXPECT_EQ(statsJson().value(QStringLiteral("tags")).toInteger(-1), 0);
}

TEST_F(CliUsageTest, UsageIsCheckedBeforeTheBankIsOpened)
{
    // A missing bank would be exit 1; the mistake in the call is reported first.
    const QString missing = pathFor(QStringLiteral("missing.storybank"));
    const CliResult result = cliOn(missing, {QStringLiteral("add"), QStringLiteral("story")});
    EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(result);
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(CliUsageTest, NoCommandExitsTwoAndPrintsUsageOnStderr)
{
    const CliResult result = cli({});
    EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.isEmpty()) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QLatin1String("Usage:"))) << testing::PrintToString(result);
}

TEST_F(CliUsageTest, HelpExitsZeroAndListsEveryCommand)
{
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        SCOPED_TRACE(flag.toStdString());
        const CliResult result = cli({flag});
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.isEmpty()) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.contains(QLatin1String("Usage:"))) << result.out.toStdString();
        EXPECT_TRUE(result.out.contains(QLatin1String("--db"))) << result.out.toStdString();
        for (const char* command : {"init", "stats", "list", "search", "add", "link", "plan",
                 "remove", "check", "backup", "restore"})
            EXPECT_TRUE(result.out.contains(
                QRegularExpression(QStringLiteral("^  %1 ").arg(QLatin1String(command)),
                    QRegularExpression::MultilineOption)))
                << command << " is not listed:\n"
                << result.out.toStdString();
    }
}

TEST_F(CliUsageTest, CommandHelpExitsZeroAndShowsItsSynopsisAndOptions)
{
    const QList<std::pair<QString, QString>> commands {
        {QStringLiteral("init"), QStringLiteral("--empty")},
        {QStringLiteral("stats"), QStringLiteral("--json")},
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("search"), QStringLiteral("--limit")},
        {QStringLiteral("add"), QStringLiteral("--title")},
        {QStringLiteral("link"), QStringLiteral("--fit")},
        {QStringLiteral("plan"), QStringLiteral("--question")},
        {QStringLiteral("remove"), QStringLiteral("ID")},
        {QStringLiteral("check"), QStringLiteral("--db")},
    };
    for (const auto& [command, option] : commands) {
        SCOPED_TRACE(command.toStdString());
        const CliResult result = cli({command, QStringLiteral("--help")});
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.isEmpty()) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.startsWith(
            QStringLiteral("Usage: storybank-cli [--db PATH] %1").arg(command)))
            << result.out.toStdString();
        EXPECT_TRUE(result.out.contains(option)) << result.out.toStdString();
    }
}

TEST_F(CliUsageTest, VersionExitsZeroAndPrintsProgramAndVersion)
{
    const CliResult result = cli({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.isEmpty()) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(
        QRegularExpression(QStringLiteral("\\Astorybank-cli \\d+\\.\\d+(\\.\\d+)?\\S*\\n\\z"))))
        << result.out.toStdString();
}

TEST_F(CliUsageTest, SearchLimitOutOfRangeExitsTwo)
{
    for (const char* limit : {"0", "-3", "3000000000", "ten"}) {
        const CliResult result = cliOnBank({QStringLiteral("search"), QStringLiteral("--limit"),
            QString::fromLatin1(limit), QStringLiteral("team")});
        EXPECT_EQ(result.exitCode, 2) << limit << testing::PrintToString(result);
    }
}

} // namespace
} // namespace sb::test

// storybank-cli import and export, as a user runs them: notes in, a dry run first, a bad file
// among good ones, the whole bank out as JSON and Markdown and back in again.

#include "tests/cli/CliTest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace sb::test {
namespace {

// Notes as a job seeker might keep them: a category, two questions, one answered with a story.
const char* const kNotes = R"(# My interview prep

## Conflict

### Tell me about a time you disagreed with your manager.

#### Situation
Our release date was set before the scope was known.

#### Task
I had to get the plan changed without losing my manager's trust.

#### Action
I brought the numbers to our one-to-one and proposed two options.

#### Result
We moved the date by two weeks and shipped with zero defects.

### How do you handle a colleague who misses deadlines?

- Ask what is in their way first
- Agree a smaller next step
)";

class CliImportExportTest : public CliTest {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(initBank(true)); }

    QString writeNote(const QString& name, const QByteArray& bytes)
    {
        const QString path = pathFor(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeAll(path, bytes);
        return path;
    }

    QJsonObject importJson(const QStringList& arguments)
    {
        const CliResult result = cliOnBank(QStringList {QStringLiteral("import")} + arguments
            + QStringList {QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    // What a user would compare before and after: every count and every story and question.
    QString bankContents()
    {
        QJsonObject stats = statsJson();
        stats.remove(QStringLiteral("path"));
        return QString::fromUtf8(QJsonDocument(stats).toJson())
            + QString::fromUtf8(QJsonDocument(listJson(QStringLiteral("stories"))).toJson())
            + QString::fromUtf8(QJsonDocument(listJson(QStringLiteral("questions"))).toJson());
    }
};

TEST_F(CliImportExportTest, ImportAddsQuestionsStoriesAndLinksOfNotes)
{
    const QJsonObject summary = importJson({writeNote(QStringLiteral("prep.md"), kNotes)});
    EXPECT_EQ(summary.value(QStringLiteral("questions_added")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("stories_added")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("links_added")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("categories_added")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("dry_run")).toBool(), false);
    EXPECT_TRUE(summary.value(QStringLiteral("warnings")).isArray());

    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats.value(QStringLiteral("questions")).toInt(), 2);
    EXPECT_EQ(stats.value(QStringLiteral("stories")).toInt(), 1);
    EXPECT_EQ(stats.value(QStringLiteral("links")).toInt(), 1);
}

TEST_F(CliImportExportTest, DryRunReportsTheSameAndWritesNothing)
{
    const QString notes = writeNote(QStringLiteral("prep.md"), kNotes);
    const QString before = bankContents();
    const QJsonObject dry = importJson({notes, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.value(QStringLiteral("dry_run")).toBool(), true);
    EXPECT_EQ(bankContents(), before);

    QJsonObject real = importJson({notes});
    real.remove(QStringLiteral("dry_run"));
    QJsonObject dryFigures = dry;
    dryFigures.remove(QStringLiteral("dry_run"));
    EXPECT_EQ(dryFigures, real);
}

TEST_F(CliImportExportTest, ImportingTheSameNotesAgainAddsNothing)
{
    const QString notes = writeNote(QStringLiteral("prep.md"), kNotes);
    importJson({notes});
    const QString once = bankContents();
    const QJsonObject again = importJson({notes});
    EXPECT_EQ(again.value(QStringLiteral("questions_added")).toInt(), 0);
    EXPECT_EQ(again.value(QStringLiteral("questions_reused")).toInt(), 2);
    EXPECT_EQ(again.value(QStringLiteral("stories_added")).toInt(), 0);
    EXPECT_EQ(again.value(QStringLiteral("links_added")).toInt(), 0);
    EXPECT_EQ(bankContents(), once);
}

TEST_F(CliImportExportTest, TextSummaryNamesWhatWasAdded)
{
    const CliResult result =
        cliOnBank({QStringLiteral("import"), writeNote(QStringLiteral("prep.md"), kNotes)});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Added:"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("2 new"))) << result.out.toStdString();
}

TEST_F(CliImportExportTest, BadFileAmongGoodOnesLeavesTheBankAsItWas)
{
    const QString good = writeNote(QStringLiteral("a-good.md"), kNotes);
    QByteArray broken = "## Teamwork\n\n### Tell me about a team you led.\n\nWe \xff\xfe did it.\n";
    const QString bad = writeNote(QStringLiteral("b-bad.md"), broken);
    const QString alsoGood = writeNote(QStringLiteral("c-good.md"),
        "## Failure\n\n### Tell me about a time you failed.\n\n- I missed a launch\n");
    const QString before = bankContents();

    const CliResult result = cliOnBank({QStringLiteral("import"), good, bad, alsoGood});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("b-bad.md"))) << result.err.toStdString();
    EXPECT_EQ(bankContents(), before);

    // And the folder they are in: the same refusal, the same untouched bank.
    const CliResult folder = cliOnBank({QStringLiteral("import"), m_dir.path()});
    EXPECT_EQ(folder.exitCode, 1) << testing::PrintToString(folder);
    EXPECT_EQ(bankContents(), before);
}

TEST_F(CliImportExportTest, FolderImportReadsEveryNoteButHiddenOnesAndOtherFiles)
{
    writeNote(QStringLiteral("notes/prep.md"), kNotes);
    writeNote(QStringLiteral("notes/more/failure.markdown"),
        "## Failure\n\n### Tell me about a time you failed.\n");
    writeNote(QStringLiteral("notes/more/ask.txt"),
        "## Questions to ask\n\n### What does success look like in this role?\n");
    writeNote(QStringLiteral("notes/.obsidian/hidden.md"), "### Tell me about something hidden?\n");
    writeNote(QStringLiteral("notes/picture.png"), "\x89PNG\r\n\x1a\n");
    const QJsonObject summary = importJson({pathFor(QStringLiteral("notes"))});
    EXPECT_EQ(summary.value(QStringLiteral("questions_added")).toInt(), 4);
    for (const QJsonValue& question : listJson(QStringLiteral("questions")))
        EXPECT_FALSE(question.toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .contains(QStringLiteral("hidden")));
}

TEST_F(CliImportExportTest, RefusesFilesItCannotImportWithAClearMessage)
{
    const CliResult none = cliOnBank({QStringLiteral("import")});
    EXPECT_EQ(none.exitCode, 2) << testing::PrintToString(none);

    const CliResult missing =
        cliOnBank({QStringLiteral("import"), pathFor(QStringLiteral("nope.md"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")))
        << missing.err.toStdString();

    const CliResult picture = cliOnBank(
        {QStringLiteral("import"), writeNote(QStringLiteral("photo.png"), "\x89PNG\r\n")});
    EXPECT_EQ(picture.exitCode, 1);
    EXPECT_TRUE(picture.err.contains(QStringLiteral("photo.png"))) << picture.err.toStdString();

    const CliResult foreignJson = cliOnBank({QStringLiteral("import"),
        writeNote(QStringLiteral("other.json"), R"({"format": "something-else", "version": 1})")});
    EXPECT_EQ(foreignJson.exitCode, 1);
    EXPECT_TRUE(foreignJson.err.contains(QStringLiteral("other.json")))
        << foreignJson.err.toStdString();
}

TEST_F(CliImportExportTest, JsonExportImportExportIsByteIdentical)
{
    importJson({writeNote(QStringLiteral("prep.md"), kNotes)});
    ASSERT_TRUE(add(QStringLiteral("story"),
        {QStringLiteral("--title"), QStringLiteral("Ünïcode “quotes” & emoji 🚀"),
            QStringLiteral("--method"), QStringLiteral("CARL"), QStringLiteral("--tag"),
            QStringLiteral("rust"), QStringLiteral("--cue"), QStringLiteral("40% faster")}));
    const QString first = pathFor(QStringLiteral("first.json"));
    const CliResult exported = cliOnBank({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("-o"), first});
    ASSERT_EQ(exported.exitCode, 0) << testing::PrintToString(exported);

    const QString other = pathFor(QStringLiteral("other.storybank"));
    ASSERT_EQ(cliOn(other, {QStringLiteral("init"), QStringLiteral("--empty")}).exitCode, 0);
    const CliResult imported = cliOn(other, {QStringLiteral("import"), first});
    ASSERT_EQ(imported.exitCode, 0) << testing::PrintToString(imported);
    const QString second = pathFor(QStringLiteral("second.json"));
    ASSERT_EQ(cliOn(other, {QStringLiteral("export"), QStringLiteral("-o"), second}).exitCode, 0);

    const QByteArray a = readAll(first);
    EXPECT_FALSE(a.isEmpty());
    EXPECT_EQ(a, readAll(second));
}

TEST_F(CliImportExportTest, MarkdownExportComesBackAsTheSameBank)
{
    importJson({writeNote(QStringLiteral("prep.md"), kNotes)});
    const QString file = pathFor(QStringLiteral("out/bank.md"));
    const QString folder = pathFor(QStringLiteral("out/folder/"));
    QDir().mkpath(pathFor(QStringLiteral("out")));
    for (const QString& target : {file, folder}) {
        const CliResult result = cliOnBank({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("markdown"), QStringLiteral("-o"), target});
        ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    }
    EXPECT_TRUE(QFile::exists(pathFor(QStringLiteral("out/folder/index.md"))));

    const QJsonObject original = statsJson();
    for (const QString& source : {file, folder}) {
        const QString copy = pathFor(QFileInfo(source).completeBaseName() + u".storybank");
        ASSERT_EQ(cliOn(copy, {QStringLiteral("init"), QStringLiteral("--empty")}).exitCode, 0);
        const CliResult result = cliOn(copy, {QStringLiteral("import"), source});
        ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        const CliResult stats = cliOn(copy, {QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonObject back = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        for (const char* key : {"questions", "stories", "links", "categories"})
            EXPECT_EQ(back.value(QLatin1String(key)), original.value(QLatin1String(key)))
                << key << " after importing " << source.toStdString();
    }
}

TEST_F(CliImportExportTest, FolderExportNeverWritesIntoAFolderThatHasFiles)
{
    const QString mine = writeNote(QStringLiteral("docs/my-notes.md"), "mine\n");
    const CliResult result = cliOnBank({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("markdown"), QStringLiteral("-o"), pathFor(QStringLiteral("docs/"))});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not empty"))) << result.err.toStdString();
    EXPECT_EQ(readAll(mine), QByteArray("mine\n"));
    EXPECT_FALSE(QFile::exists(pathFor(QStringLiteral("docs/index.md"))));
}

TEST_F(CliImportExportTest, ExportUsageMistakesExitWithTwo)
{
    const QList<QStringList> mistakes {
        {QStringLiteral("export")},
        {QStringLiteral("export"), QStringLiteral("-o"), pathFor(QStringLiteral("bank.xml"))},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
            QStringLiteral("-o"), pathFor(QStringLiteral("bank.json"))},
    };
    for (const QStringList& arguments : mistakes) {
        const CliResult result = cliOnBank(arguments);
        EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(result);
    }
}

} // namespace
} // namespace sb::test

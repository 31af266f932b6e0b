// A file that is not a healthy bank of this version is refused by every command: exit 1, one
// line on stderr that says what is wrong, and not one byte of the file (or its folder) changed.

#include "tests/cli/CliTest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace sb::test {
namespace {

enum class Problem {
    NotADatabase,
    Empty,
    Truncated,
    NewerVersion,
    OtherProgram,
    Damaged,
    Missing,
    Folder
};

struct RefusedFile {
    const char* name;
    Problem problem;
    const char* message; // what the one line on stderr must say
};

void PrintTo(const RefusedFile& file, std::ostream* os)
{
    *os << file.name;
}

// Everything a user might run on a bank, reading or writing, with valid arguments.
const QList<QStringList>& commands()
{
    static const QList<QStringList> list {
        {QStringLiteral("stats")},
        {QStringLiteral("stats"), QStringLiteral("--json")},
        {QStringLiteral("list"), QStringLiteral("stories")},
        {QStringLiteral("list"), QStringLiteral("questions"), QStringLiteral("--json")},
        {QStringLiteral("search"), QStringLiteral("x")},
        {QStringLiteral("check")},
        {QStringLiteral("add"), QStringLiteral("story"), QStringLiteral("--title"),
            QStringLiteral("T")},
        {QStringLiteral("add"), QStringLiteral("tag"), QStringLiteral("--name"),
            QStringLiteral("t")},
        {QStringLiteral("link"), QStringLiteral("1"), QStringLiteral("1")},
        {QStringLiteral("remove"), QStringLiteral("story"), QStringLiteral("1")},
    };
    return list;
}

class CliRefusedFileTest : public CliTest, public ::testing::WithParamInterface<RefusedFile> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(folder()));
        switch (GetParam().problem) {
        case Problem::NotADatabase:
            writeAll(path(), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, '\x42'));
            break;
        case Problem::Empty:
            writeAll(path(), QByteArray());
            break;
        case Problem::Truncated:
            ASSERT_NO_FATAL_FAILURE(makeBank());
            ASSERT_TRUE(QFile::resize(path(), QFileInfo(path()).size() / 2));
            break;
        case Problem::NewerVersion:
            ASSERT_NO_FATAL_FAILURE(makeBank());
            ASSERT_NO_FATAL_FAILURE(sql("PRAGMA user_version = 999;"));
            break;
        case Problem::OtherProgram:
            ASSERT_NO_FATAL_FAILURE(sql("CREATE TABLE recipe (name TEXT, minutes INTEGER);"
                                        "INSERT INTO recipe VALUES ('soup', 30);"));
            break;
        case Problem::Damaged: {
            ASSERT_NO_FATAL_FAILURE(makeBank());
            // Scribble over pages 2 to 4 (b-tree pages of the schema's first tables).
            QFile file(path());
            ASSERT_TRUE(file.open(QIODevice::ReadWrite));
            ASSERT_TRUE(file.seek(kPageSize));
            ASSERT_EQ(file.write(QByteArray(3 * kPageSize, '\x5a')), 3 * kPageSize);
            break;
        }
        case Problem::Missing:
            break;
        case Problem::Folder:
            ASSERT_TRUE(QDir().mkpath(path()));
            break;
        }
    }

    QString folder() const { return pathFor(QStringLiteral("banks")); }
    QString path() const { return QDir(folder()).filePath(QStringLiteral("my.storybank")); }

    // A real bank with some stories in it, closed (so its write-ahead log is folded in).
    void makeBank()
    {
        const CliResult init = cliOn(path(), {QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << testing::PrintToString(init);
        for (int i = 1; i <= 5; ++i) {
            const CliResult added = cliOn(path(),
                {QStringLiteral("add"), QStringLiteral("story"), QStringLiteral("--title"),
                    QStringLiteral("Story %1").arg(i), QStringLiteral("--situation"),
                    QString(2000, QChar(char16_t(u'a' + i)))});
            ASSERT_EQ(added.exitCode, 0) << testing::PrintToString(added);
        }
        ASSERT_FALSE(QFileInfo::exists(path() + QLatin1String("-wal")));
        ASSERT_GT(QFileInfo(path()).size(), 4 * kPageSize);
        ASSERT_EQ(QFileInfo(path()).size() % kPageSize, 0);
    }

    // Runs SQL on path() through SQLite itself, as another program would.
    void sql(const char* script)
    {
        sqlite3* db = nullptr;
        const int opened = sqlite3_open_v2(QFile::encodeName(path()).constData(), &db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        char* error = nullptr;
        const int executed =
            opened == SQLITE_OK ? sqlite3_exec(db, script, nullptr, nullptr, &error) : opened;
        const std::string message = error ? error : sqlite3_errstr(executed);
        sqlite3_free(error);
        ASSERT_EQ(sqlite3_close(db), SQLITE_OK);
        ASSERT_EQ(executed, SQLITE_OK) << message;
        ASSERT_FALSE(QFileInfo::exists(path() + QLatin1String("-wal")));
    }

    // Every name in the folder with its size and bytes: a file added, changed or removed shows.
    QStringList snapshot() const
    {
        QStringList entries;
        const QDir dir(folder());
        for (const QFileInfo& info :
            dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
            entries.append(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(info.fileName(),
                        info.isDir() ? QStringLiteral("dir") : QStringLiteral("file"))
                    .arg(info.size())
                    .arg(QString::fromLatin1(readAll(info.filePath()).toHex().left(64))));
        }
        return entries;
    }

    static constexpr int kPageSize = 4096;
};

TEST_P(CliRefusedFileTest, EveryCommandRefusesItWithOneLineAndWritesNothing)
{
    const bool existed = QFileInfo::exists(path());
    const QByteArray bytes = readAll(path());
    const QStringList before = snapshot();

    for (const QStringList& command : commands()) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const CliResult result = cliOn(path(), command);
        EXPECT_TRUE(result.finished) << testing::PrintToString(result);
        EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.isEmpty()) << testing::PrintToString(result);
        const QStringList lines = result.errLines();
        ASSERT_EQ(lines.size(), 1) << testing::PrintToString(result);
        EXPECT_TRUE(lines.first().startsWith(QLatin1String("storybank-cli: ")))
            << lines.first().toStdString();
        EXPECT_TRUE(lines.first().contains(QLatin1String(GetParam().message), Qt::CaseInsensitive))
            << lines.first().toStdString();
        EXPECT_TRUE(lines.first().contains(QDir::toNativeSeparators(path())))
            << lines.first().toStdString();

        EXPECT_EQ(QFileInfo::exists(path()), existed);
        EXPECT_EQ(readAll(path()), bytes);
        EXPECT_EQ(snapshot(), before);
    }
}

TEST_P(CliRefusedFileTest, PathAndInitNameTheProblemToo)
{
    const bool existed = QFileInfo::exists(path());
    const QStringList before = snapshot();
    const CliResult where = cliOn(path(), {QStringLiteral("path")});
    EXPECT_EQ(where.out.trimmed(), QDir::toNativeSeparators(QFileInfo(path()).absoluteFilePath()));
    if (!existed) {
        EXPECT_EQ(where.exitCode, 0) << "a missing bank is where init will create it";
        return;
    }
    EXPECT_EQ(where.exitCode, 1) << testing::PrintToString(where);
    EXPECT_TRUE(where.err.contains(QLatin1String(GetParam().message), Qt::CaseInsensitive))
        << where.err.toStdString();

    const CliResult init = cliOn(path(), {QStringLiteral("init")});
    EXPECT_EQ(init.exitCode, 1) << testing::PrintToString(init);
    EXPECT_EQ(init.errLines().size(), 1) << testing::PrintToString(init);
    EXPECT_TRUE(init.err.contains(QLatin1String(GetParam().message), Qt::CaseInsensitive))
        << init.err.toStdString();
    EXPECT_EQ(snapshot(), before);
}

INSTANTIATE_TEST_SUITE_P(Files, CliRefusedFileTest,
    ::testing::Values(RefusedFile {"PngPicture", Problem::NotADatabase, "not a database"},
        RefusedFile {"EmptyFile", Problem::Empty, "empty"},
        RefusedFile {"TruncatedBank", Problem::Truncated, "cut short"},
        RefusedFile {"BankOfANewerVersion", Problem::NewerVersion, "newer version"},
        RefusedFile {"OtherProgramsDatabase", Problem::OtherProgram, "another program"},
        RefusedFile {"DamagedBank", Problem::Damaged, "damaged"},
        RefusedFile {"MissingFile", Problem::Missing, "no bank"},
        RefusedFile {"Folder", Problem::Folder, "folder"}),
    [](const ::testing::TestParamInfo<RefusedFile>& info) { return std::string(info.param.name); });

using CliMissingBankTest = CliTest;

TEST_F(CliMissingBankTest, MessageSaysHowToCreateOne)
{
    const CliResult result = cliOnBank({QStringLiteral("stats")});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QLatin1String("init"))) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(bankPath()));
}

} // namespace
} // namespace sb::test

#include "core/BankError.h"
#include "tests/core/RawSqlite.h"
#include "tests/support/TempBank.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sb::test {
namespace {

using Code = BankError::Code;

// A real bank with some content, as bytes, to damage in various ways.
QByteArray healthyBankBytes(const QString& scratchPath)
{
    {
        const auto bank = Bank::create(scratchPath);
        for (int i = 0; i < 20; ++i)
            bank->addStory(sampleStory(QStringLiteral("Story %1").arg(i)));
    }
    return TempBankTest::readAll(scratchPath);
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

struct RefusalCase {
    const char* name;
    std::function<void(TempBankTest&, const QString&)> make; // writes the file at the path
    Code code;
    const char* messagePart;
};

void writeBytes(const QString& path, const QByteArray& bytes)
{
    TempBankTest::writeAll(path, bytes);
}

QByteArray truncatedBank(TempBankTest& test, qsizetype size)
{
    return healthyBankBytes(test.pathFor(QStringLiteral("scratch.storybank"))).left(size);
}

const RefusalCase kCases[] = {
    {"EmptyFile", [](TempBankTest&, const QString& p) { writeBytes(p, {}); }, Code::EmptyFile,
        "empty"},
    {"PngRenamed",
        [](TempBankTest&, const QString& p) {
            writeBytes(p, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + randomBytes(600, 1));
        },
        Code::NotSqlite, "not a database"},
    {"TextFile",
        [](TempBankTest&, const QString& p) {
            writeBytes(p, "## Conflict\n- Situation: the team disagreed\n");
        },
        Code::NotSqlite, "not a database"},
    {"RandomBytes", [](TempBankTest&, const QString& p) { writeBytes(p, randomBytes(8192, 7)); },
        Code::NotSqlite, "not a database"},
    {"TruncatedInsideMagic",
        [](TempBankTest& t, const QString& p) { writeBytes(p, truncatedBank(t, 10)); },
        Code::Truncated, "cut short"},
    {"TruncatedInsideHeader",
        [](TempBankTest& t, const QString& p) { writeBytes(p, truncatedBank(t, 60)); },
        Code::Truncated, "cut short"},
    {"TruncatedInsideFirstPage",
        [](TempBankTest& t, const QString& p) { writeBytes(p, truncatedBank(t, 1000)); },
        Code::Truncated, "cut short"},
    {"TruncatedAtPageBoundary",
        [](TempBankTest& t, const QString& p) { writeBytes(p, truncatedBank(t, 4096 * 3)); },
        Code::Truncated, "cut short"},
    {"TruncatedByOneByte",
        [](TempBankTest& t, const QString& p) {
            const QByteArray whole = healthyBankBytes(t.pathFor(QStringLiteral("s.storybank")));
            writeBytes(p, whole.left(whole.size() - 1));
        },
        Code::Truncated, "cut short"},
    {"OtherProgramsDatabase",
        [](TempBankTest&, const QString& p) {
            rawExec(p,
                "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                "INSERT INTO moz_places (url) VALUES ('https://example.org');");
        },
        Code::ForeignFile, "another program"},
    {"NewerSchema",
        [](TempBankTest& t, const QString& p) {
            writeBytes(p, healthyBankBytes(t.pathFor(QStringLiteral("s.storybank"))));
            rawExec(p, "PRAGMA user_version = 1000");
        },
        Code::NewerSchema, "newer version"},
    {"DamagedPage",
        [](TempBankTest& t, const QString& p) {
            QByteArray bytes = healthyBankBytes(t.pathFor(QStringLiteral("s.storybank")));
            // Page 2 holds a table's b-tree; garbage there is what quick_check exists to find.
            bytes.replace(4096, 4096, QByteArray(4096, char(0xA5)));
            writeBytes(p, bytes);
        },
        Code::Damaged, "damaged"},
};

class BankFileRefusalTest : public TempBankTest,
                            public ::testing::WithParamInterface<RefusalCase> { };

TEST_P(BankFileRefusalTest, IsRefusedWithASpecificMessageAndNotWritten)
{
    const QString path = pathFor(QStringLiteral("suspect.storybank"));
    GetParam().make(*this, path);
    const QByteArray before = readAll(path);

    try {
        Bank::open(path);
        FAIL() << "the file was opened";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), GetParam().code) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QLatin1String(GetParam().messagePart)))
            << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QDir::toNativeSeparators(path)))
            << "the message should name the file";
    }
    EXPECT_EQ(readAll(path), before) << "a refused file was changed";
}

INSTANTIATE_TEST_SUITE_P(Files, BankFileRefusalTest, ::testing::ValuesIn(kCases),
    [](const auto& info) { return std::string(info.param.name); });

using BankFileTest = TempBankTest;

TEST_F(BankFileTest, MissingFileIsReportedAndNotCreated)
{
    const QString path = pathFor(QStringLiteral("nowhere.storybank"));
    try {
        Bank::open(path);
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), Code::NoSuchFile);
    }
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(BankFileTest, FolderIsRefused)
{
    EXPECT_THROW(Bank::open(m_dir.path()), BankError);
}

TEST_F(BankFileTest, CreateRefusesToReplaceAnExistingFile)
{
    const QString path = pathFor(QStringLiteral("precious.storybank"));
    writeAll(path, "my notes");
    try {
        Bank::create(path);
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), Code::FileExists);
    }
    EXPECT_EQ(readAll(path), QByteArray("my notes"));
}

TEST_F(BankFileTest, CreateMakesMissingFolders)
{
    const QString path = pathFor(QStringLiteral("a/b/new.storybank"));
    EXPECT_NO_THROW(Bank::create(path));
    EXPECT_TRUE(QFileInfo::exists(path));
}

} // namespace
} // namespace sb::test

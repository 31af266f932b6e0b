#include "tests/cli/CliTest.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace sb::test {
namespace {

// check finds a search index that disagrees with the stories; check --repair copies the bank,
// rebuilds the index and leaves a bank that checks clean.
class CliCheckRepairTest : public CliTest {
protected:
    void SetUp() override
    {
        initBank(true);
        for (const char* title : {"Shipped the search rewrite", "Calmed a customer"})
            ASSERT_TRUE(add(
                QStringLiteral("story"), {QStringLiteral("--title"), QString::fromUtf8(title)}));
    }

    // What another program (or a bug) could do: the story stays, its search entry goes.
    void dropSearchEntries()
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(bankPath()).constData(), &db,
                      SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(db, "DELETE FROM story_fts", nullptr, nullptr, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_close(db), SQLITE_OK);
    }

    QStringList foundBySearch(const QString& word)
    {
        QStringList titles;
        for (const QJsonValue& hit : searchJson({word}))
            titles.append(hit.toObject().value(QStringLiteral("title")).toString());
        return titles;
    }
};

TEST_F(CliCheckRepairTest, CheckReportsAStaleSearchIndexAndExitsOne)
{
    dropSearchEntries();
    const CliResult result = cliOnBank({QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("search"), Qt::CaseInsensitive))
        << qPrintable(result.out);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--repair"))) << qPrintable(result.err);
}

TEST_F(CliCheckRepairTest, RepairCopiesTheBankFirstThenRebuildsTheIndex)
{
    dropSearchEntries();
    EXPECT_TRUE(foundBySearch(QStringLiteral("rewrite")).isEmpty());

    const CliResult repair = cliOnBank({QStringLiteral("check"), QStringLiteral("--repair")});
    EXPECT_EQ(repair.exitCode, 0) << testing::PrintToString(repair);
    EXPECT_TRUE(repair.out.contains(QStringLiteral("all is well"))) << qPrintable(repair.out);
    const QStringList kept = QDir(bankPath() + QStringLiteral("-backups"))
                                 .entryList({QStringLiteral("before-repair-*.storybank")});
    EXPECT_EQ(kept.size(), 1) << "the bank is copied before it is repaired";

    EXPECT_EQ(cliOnBank({QStringLiteral("check")}).exitCode, 0);
    EXPECT_EQ(foundBySearch(QStringLiteral("rewrite")),
        QStringList {QStringLiteral("Shipped the search rewrite")});
}

} // namespace
} // namespace sb::test

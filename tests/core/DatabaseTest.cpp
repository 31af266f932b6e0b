#include "core/db/Database.h"
#include "core/BankError.h"
#include "core/db/Transaction.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

class DatabaseTest : public ::testing::Test {
protected:
    DatabaseTest() : db(dir.filePath(QStringLiteral("raw.db")), Database::OpenMode::Create)
    {
        db.execScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
    }

    int64_t rows()
    {
        auto query = db.query("SELECT count(*) FROM t");
        query.next();
        return query.integer(0);
    }

    QTemporaryDir dir;
    Database db;
};

TEST_F(DatabaseTest, TransactionLeftWithoutCommitRollsBack)
{
    {
        Transaction transaction(db);
        db.query("INSERT INTO t (v) VALUES (?)").bind(QStringLiteral("gone")).exec();
        EXPECT_EQ(rows(), 1);
    }
    EXPECT_EQ(rows(), 0);
    EXPECT_FALSE(db.inTransaction());
}

TEST_F(DatabaseTest, ExceptionInsideTransactionLeavesNothingBehind)
{
    try {
        Transaction transaction(db);
        db.query("INSERT INTO t (v) VALUES (?)").bind(QStringLiteral("a")).exec();
        db.query("INSERT INTO t (v) VALUES (?)").bind(QStringLiteral("a")).exec(); // UNIQUE
        transaction.commit();
        FAIL() << "the duplicate was accepted";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::Duplicate);
    }
    EXPECT_EQ(rows(), 0);
}

TEST_F(DatabaseTest, CommittedTransactionKeepsItsRows)
{
    Transaction transaction(db);
    db.query("INSERT INTO t (v) VALUES (?)").bind(QStringLiteral("kept")).exec();
    transaction.commit();
    EXPECT_EQ(rows(), 1);
}

TEST_F(DatabaseTest, NestedUseOfTheSameStatementGetsItsOwnCopy)
{
    for (const char* v : {"a", "b"})
        db.query("INSERT INTO t (v) VALUES (?)").bind(QString::fromLatin1(v)).exec();
    QStringList pairs;
    auto outer = db.query("SELECT v FROM t ORDER BY id");
    while (outer.next()) {
        auto inner = db.query("SELECT v FROM t ORDER BY id");
        while (inner.next())
            pairs.append(outer.text(0) + inner.text(0));
    }
    EXPECT_EQ(pairs,
        (QStringList {QStringLiteral("aa"), QStringLiteral("ab"), QStringLiteral("ba"),
            QStringLiteral("bb")}));
}

TEST_F(DatabaseTest, BoundTextIsNeverReadAsSql)
{
    const QString hostile = QStringLiteral("x'); DROP TABLE t; --");
    db.query("INSERT INTO t (v) VALUES (?)").bind(hostile).exec();
    auto query = db.query("SELECT v FROM t");
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.text(0), hostile);
}

TEST_F(DatabaseTest, SyntaxErrorIsReportedAsInternal)
{
    try {
        db.query("SELEKT nonsense");
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::Internal);
    }
}

} // namespace
} // namespace sb::test

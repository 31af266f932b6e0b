#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/SchemaMigrator.h"
#include "core/exchange/JsonExporter.h"
#include "tests/support/TempBank.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <sqlite3.h>

namespace sb::test {
namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(STORYBANK_FIXTURE_BANKS "/") + name;
}

QJsonValue parsedJson(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Where the upgraded bank's export first loses something the old version exported (a key
// missing, a value different, a list of another length); empty when nothing is lost. Keys the
// old version did not know may be added.
QString firstLoss(const QJsonValue& old, const QJsonValue& now, const QString& path = QString())
{
    if (old.isObject()) {
        const QJsonObject oldObject = old.toObject();
        const QJsonObject nowObject = now.toObject();
        for (auto it = oldObject.begin(); it != oldObject.end(); ++it) {
            const QString at = path + u'.' + it.key();
            if (!nowObject.contains(it.key()))
                return at + QStringLiteral(" is missing");
            if (QString loss = firstLoss(it.value(), nowObject.value(it.key()), at);
                !loss.isEmpty())
                return loss;
        }
        return now.isObject() ? QString() : path + QStringLiteral(" is no longer an object");
    }
    if (old.isArray()) {
        const QJsonArray oldArray = old.toArray();
        const QJsonArray nowArray = now.toArray();
        if (!now.isArray() || oldArray.size() != nowArray.size())
            return path
                + QStringLiteral(" had %1 items, now %2").arg(oldArray.size()).arg(nowArray.size());
        for (qsizetype i = 0; i < oldArray.size(); ++i)
            if (QString loss =
                    firstLoss(oldArray[i], nowArray[i], path + QStringLiteral("[%1]").arg(i));
                !loss.isEmpty())
                return loss;
        return {};
    }
    if (old != now) {
        // A document holds only arrays and objects, so the value is written as [value].
        const auto shown = [](const QJsonValue& v) {
            const QByteArray json = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(json.mid(1, json.size() - 2));
        };
        return path + QStringLiteral(" was %1, now %2").arg(shown(old), shown(now));
    }
    return {};
}

// A read-only look at a bank file through SQLite itself, beside the code under test.
class RawBank {
public:
    explicit RawBank(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~RawBank() { sqlite3_close(m_db); }
    RawBank(const RawBank&) = delete;
    RawBank& operator=(const RawBank&) = delete;

    // Each row as one line of its values, typed as SQL would write them: 5 and '5' differ.
    QStringList rows(const QByteArray& sql) const
    {
        QStringList rows;
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList values;
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                values.append(valueOf(statement, column));
            rows.append(values.join(QLatin1String(", ")));
        }
        sqlite3_finalize(statement);
        return rows;
    }
    QString text(const QByteArray& sql) const
    {
        const QStringList all = rows(sql);
        return all.isEmpty() ? QStringLiteral("(no rows)") : all.first();
    }

private:
    static QString valueOf(sqlite3_stmt* statement, int column)
    {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
        const QByteArray value(bytes, sqlite3_column_bytes(statement, column));
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_NULL:
            return QStringLiteral("NULL");
        case SQLITE_TEXT:
            return u'\'' + QString::fromUtf8(value) + u'\'';
        case SQLITE_BLOB:
            return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toHex()));
        default:
            return QString::fromLatin1(value);
        }
    }

    sqlite3* m_db = nullptr;
};

// The search index is rebuilt by this step, so it is compared only while the step is to come.
constexpr int kSearchIndexStep = 3;

// The columns table has in bank, ready for a SELECT; all of them when bank has no such table.
QByteArray columnsOf(const RawBank& bank, const QString& table)
{
    const QString list = bank.text("SELECT group_concat('\"' || name || '\"', ', ') "
                                   "FROM pragma_table_info('"
        + table.toUtf8() + "')");
    return list.startsWith(u'\'') ? list.mid(1, list.size() - 2).toUtf8() : QByteArray("*");
}

// Every row of every table, table by table, in an order of their own so that the order on disk
// does not count. The search index is left out unless asked for: step 3 rebuilds it. With
// shapeOf, only the columns each table has in that bank are read: a column a later step added
// (NULL in every old row) is not a change to the old rows.
using TableRows = QMap<QString, QStringList>;

TableRows contentOf(const QString& path, bool withSearchIndex, const QString& shapeOf = {})
{
    const RawBank raw(path);
    const RawBank shape(shapeOf.isEmpty() ? path : shapeOf);
    TableRows tables;
    for (const QString& row : raw.rows("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
        const QString name = row.mid(1, row.size() - 2);
        if (!withSearchIndex && name.contains(QLatin1String("_fts")))
            continue;
        QStringList rows =
            raw.rows("SELECT " + columnsOf(shape, name) + " FROM \"" + name.toUtf8() + '"');
        rows.sort();
        tables.insert(name, rows);
    }
    return tables;
}

// The first row of `old` that `now` does not hold, or the first table that has gained rows;
// empty when now holds exactly the rows of old in every table of old.
QString firstChangedRow(const TableRows& old, const TableRows& now)
{
    for (auto it = old.begin(); it != old.end(); ++it) {
        const QStringList nowRows = now.value(it.key());
        for (const QString& row : it.value())
            if (!nowRows.contains(row))
                return it.key() + QStringLiteral(": ") + row;
        if (nowRows.size() != it.value().size())
            return it.key()
                + QStringLiteral(": %1 rows, now %2").arg(it.value().size()).arg(nowRows.size());
    }
    return {};
}

// Guarantee 5: a bank made by any earlier version upgrades with all of its content, a backup
// copy of it is written first, and an upgrade that fails halfway leaves a usable bank. The
// banks in tests/data/banks were made by the old programs themselves (see the README there).
class UpgradeFixtureTest : public TempBankTest, public ::testing::WithParamInterface<int> {
protected:
    int fromVersion() const { return GetParam(); }
    QString name() const { return QStringLiteral("schema-%1").arg(fromVersion()); }

    // The fixture is copied: the one in the source tree is never opened for writing. A second
    // copy stays untouched, to compare against.
    void SetUp() override
    {
        const QString source = fixture(name() + QStringLiteral(".storybank"));
        ASSERT_TRUE(QFile::copy(source, bankPath())) << qPrintable(source);
        ASSERT_TRUE(QFile::copy(source, pristinePath()));
        m_oldExport = parsedJson(readAll(fixture(name() + QStringLiteral(".export.json"))));
        // Comparisons with nothing would pass whatever the upgrade did.
        ASSERT_FALSE(m_oldExport[QLatin1String("stories")].toArray().isEmpty());
        ASSERT_FALSE(pristine(false).value(QStringLiteral("story")).isEmpty());
    }

    QString pristinePath() const { return pathFor(QStringLiteral("pristine.storybank")); }
    TableRows pristine(bool withSearchIndex) const
    {
        return contentOf(pristinePath(), withSearchIndex);
    }
    // What the old program's export held that the bank's export now lacks.
    QString lostFromExport(const Bank& bank) const
    {
        return firstLoss(m_oldExport, parsedJson(JsonExporter::write(bank)));
    }

    QJsonValue m_oldExport;
};

TEST_P(UpgradeFixtureTest, OpensAtTheLatestVersionWithEveryFieldOfTheOldExport)
{
    const QString copy = bankPath();
    const auto bank = Bank::open(copy);
    EXPECT_EQ(bank->stats().schemaVersion, Bank::latestSchemaVersion());
    EXPECT_EQ(bank->problems(), QStringList());

    const QString loss = lostFromExport(*bank);
    EXPECT_TRUE(loss.isEmpty()) << "the upgraded bank's export lost " << qPrintable(loss);
    // Below the export too: ids, and tables no export carries, are the user's as well.
    const QString row = firstChangedRow(pristine(false), contentOf(copy, false, pristinePath()));
    EXPECT_TRUE(row.isEmpty()) << "the upgrade changed " << qPrintable(row);
}

TEST_P(UpgradeFixtureTest, SearchFindsTheOldStoriesAndQuestions)
{
    const auto bank = Bank::open(bankPath());
    QMap<QString, StoryId> storyByTitle;
    for (const Story& story : bank->stories())
        storyByTitle.insert(story.title, story.id);
    const StoryId blackFriday =
        storyByTitle.value(QStringLiteral("Rolled back the Black Friday deploy 🛒"));
    ASSERT_TRUE(blackFriday.isValid());
    EXPECT_EQ(bank->searchStories(QStringLiteral("Friday")), QList<StoryId> {blackFriday});
    EXPECT_EQ(bank->searchStories(QStringLiteral("migration gate")), QList<StoryId> {blackFriday});
    EXPECT_EQ(bank->searchStories(QStringLiteral("انقطاع")).size(), 1) << "right-to-left text";
    EXPECT_EQ(bank->searchQuestions(QStringLiteral("rate limiter")).size(), 1);
}

TEST_P(UpgradeFixtureTest, TheBankAsItWasIsCopiedBeforeTheUpgrade)
{
    const QString copy = bankPath();
    const auto bank = Bank::open(copy);
    const QString backup = bankconnection::backupPathFor(copy, fromVersion());
    ASSERT_TRUE(QFileInfo::exists(backup));
    // The backup is a compacted copy (VACUUM INTO), so its bytes differ from the fixture's;
    // its rows may not, the search index's included.
    const QString row = firstChangedRow(pristine(true), contentOf(backup, true));
    EXPECT_TRUE(row.isEmpty()) << "the backup differs at " << qPrintable(row);
    const QByteArray header = "SELECT * FROM pragma_user_version, pragma_application_id";
    EXPECT_EQ(RawBank(backup).text(header), RawBank(pristinePath()).text(header));
}

TEST_P(UpgradeFixtureTest, AnUpgradeFailingInAnyStepLeavesAUsableBankThatUpgradesLater)
{
    for (int failing = fromVersion() + 1; failing <= Bank::latestSchemaVersion(); ++failing) {
        SCOPED_TRACE(QStringLiteral("step %1 fails").arg(failing).toStdString());
        const QString copy = pathFor(QStringLiteral("step-%1-fails.storybank").arg(failing));
        ASSERT_TRUE(QFile::copy(pristinePath(), copy));
        // The real step, failing only after all of its work (step 3: after it has dropped and
        // refilled both search indexes).
        QList<Migration> steps = SchemaMigrator::builtInMigrations();
        steps[failing - 1].sql += "\nSELECT * FROM no_such_table;";
        EXPECT_THROW(Bank::open(copy, SchemaMigrator(steps)), BankError);

        EXPECT_EQ(RawBank(copy).text("PRAGMA integrity_check"), QStringLiteral("'ok'"));
        // The steps before the failing one stay committed; the failing one left no trace.
        EXPECT_EQ(RawBank(copy).text("PRAGMA user_version"), QString::number(failing - 1));
        const bool indexAsItWas = failing <= kSearchIndexStep;
        const QString row =
            firstChangedRow(pristine(indexAsItWas), contentOf(copy, indexAsItWas, pristinePath()));
        EXPECT_TRUE(row.isEmpty()) << "the failed upgrade changed " << qPrintable(row);
        EXPECT_TRUE(QFileInfo::exists(bankconnection::backupPathFor(copy, fromVersion())));

        const auto bank = Bank::open(copy);
        EXPECT_EQ(bank->stats().schemaVersion, Bank::latestSchemaVersion());
        EXPECT_EQ(bank->problems(), QStringList());
        const QString loss = lostFromExport(*bank);
        EXPECT_TRUE(loss.isEmpty())
            << "after the failed upgrade the export lost " << qPrintable(loss);
    }
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierSchema, UpgradeFixtureTest, ::testing::Values(1, 2, 3, 4),
    [](const ::testing::TestParamInfo<int>& info) {
        return "FromVersion" + std::to_string(info.param);
    });

} // namespace
} // namespace sb::test

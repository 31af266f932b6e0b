#include "core/SchemaMigrator.h"
#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/BankFormat.h"
#include "core/db/Database.h"
#include "core/store/SearchIndex.h"
#include "tests/core/RawSqlite.h"
#include "tests/support/TempBank.h"

#include <QFileInfo>

namespace sb::test {
namespace {

using SchemaMigratorTest = TempBankTest;

QList<Migration> builtInPlus(const QByteArray& extraStep)
{
    QList<Migration> steps = SchemaMigrator::builtInMigrations();
    steps.append({Bank::latestSchemaVersion() + 1, extraStep});
    return steps;
}

TEST_F(SchemaMigratorTest, BuiltInStepsAreNumberedFromOneWithoutGaps)
{
    const QList<Migration> steps = SchemaMigrator::builtInMigrations();
    ASSERT_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].version, i + 1);
    EXPECT_EQ(Bank::latestSchemaVersion(), steps.size());
}

TEST_F(SchemaMigratorTest, NewBankIsAtTheLatestVersionAndMarkedAsOurs)
{
    bank();
    closeBank();
    EXPECT_EQ(rawScalar(bankPath(), "PRAGMA user_version"), Bank::latestSchemaVersion());
    EXPECT_EQ(rawScalar(bankPath(), "PRAGMA application_id"), int64_t(kBankApplicationId));
    EXPECT_EQ(rawText(bankPath(), "PRAGMA journal_mode"), QStringLiteral("wal"));
}

TEST_F(SchemaMigratorTest, MigratingAnUpToDateBankIsANoOp)
{
    bank();
    closeBank();
    Database db(bankPath(), Database::OpenMode::ReadWrite);
    EXPECT_EQ(SchemaMigrator().migrate(db), 0);
    EXPECT_EQ(SchemaMigrator::currentVersion(db), Bank::latestSchemaVersion());
}

TEST_F(SchemaMigratorTest, ReopeningAnUpToDateBankTakesNoBackup)
{
    bank();
    closeBank();
    Bank::open(bankPath());
    EXPECT_FALSE(QFileInfo::exists(bankconnection::backupPathFor(bankPath(), 1)));
}

TEST_F(SchemaMigratorTest, FailingStepRollsBackAndKeepsTheStepsBeforeIt)
{
    Database db(pathFor(QStringLiteral("steps.db")), Database::OpenMode::Create);
    const SchemaMigrator migrator({{1, "CREATE TABLE first (x);"},
        {2, "CREATE TABLE second (x); INSERT INTO missing VALUES (1);"}});
    EXPECT_THROW(migrator.migrate(db), BankError);
    EXPECT_EQ(SchemaMigrator::currentVersion(db), 1);
    auto tables = db.query("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'");
    ASSERT_TRUE(tables.next());
    EXPECT_EQ(tables.text(0), QStringLiteral("first"));
}

TEST_F(SchemaMigratorTest, NewerBankIsRefusedAndLeftByteForByteUnchanged)
{
    bank();
    closeBank();
    rawExec(bankPath(), "PRAGMA user_version = 99");
    const QByteArray before = readAll(bankPath());
    try {
        Bank::open(bankPath());
        FAIL() << "a bank from the future was opened";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::NewerSchema);
        EXPECT_TRUE(error.message().contains(QStringLiteral("newer version")));
        EXPECT_TRUE(error.message().contains(QStringLiteral("99")));
    }
    EXPECT_EQ(readAll(bankPath()), before);
}

TEST_F(SchemaMigratorTest, UpgradeWritesABackupOfTheOldBankFirst)
{
    const StoryId id = bank().addStory(sampleStory());
    closeBank();
    const SchemaMigrator next(builtInPlus("CREATE TABLE added_later (x);"));

    const auto upgraded = Bank::open(bankPath(), next);

    EXPECT_EQ(upgraded->stats().schemaVersion, Bank::latestSchemaVersion() + 1);
    EXPECT_EQ(upgraded->story(id)->title, sampleStory().title);
    const QString backup = bankconnection::backupPathFor(bankPath(), Bank::latestSchemaVersion());
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(rawScalar(backup, "PRAGMA user_version"), Bank::latestSchemaVersion());
    EXPECT_EQ(rawScalar(backup, "SELECT count(*) FROM story"), 1);
}

TEST_F(SchemaMigratorTest, VersionThreeIndexesOneLetterPrefixesOfWhatWasAlreadyThere)
{
    const QString path = pathFor(QStringLiteral("version2.storybank"));
    {
        const auto db = bankconnection::create(
            path, SchemaMigrator(SchemaMigrator::builtInMigrations().mid(0, 2)));
        db->execScript("INSERT INTO story (id, title, action, created_at, updated_at) VALUES "
                       "(7, 'Mentored a new hire', 'Weekly pairing', 'x', 'x');"
                       "INSERT INTO question (id, text, created_at, updated_at) VALUES "
                       "(3, 'Why this role?', 'x', 'x');");
        SearchIndex(*db).reindexStory(StoryId(7));
        SearchIndex(*db).reindexQuestion(QuestionId(3));
    }

    const auto bank = Bank::open(path);

    EXPECT_EQ(bank->stats().schemaVersion, Bank::latestSchemaVersion());
    EXPECT_TRUE(rawText(path, "SELECT sql FROM sqlite_master WHERE name = 'story_fts'")
                    .contains(QLatin1String("prefix = '1 2 3'")));
    EXPECT_EQ(bank->searchStories(QStringLiteral("w")), QList<StoryId> {StoryId(7)});
    EXPECT_EQ(bank->searchStories(QStringLiteral("m"), SearchScope::Headline),
        QList<StoryId> {StoryId(7)});
    const QList<SearchHit> hits = bank->search(QStringLiteral("r"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().id, 3);
    EXPECT_TRUE(bank->problems().isEmpty());
}

// Step 4 gives practice records a recording. Some schema 3 banks were made before step 3 had
// the story list's index, so the bank here has none; step 4 adds it.
TEST_F(SchemaMigratorTest, VersionFourKeepsEveryPracticeRowAndAddsTheStoryListIndex)
{
    const QString path = pathFor(QStringLiteral("version3.storybank"));
    {
        const auto db = bankconnection::create(
            path, SchemaMigrator(SchemaMigrator::builtInMigrations().mid(0, 3)));
        db->execScript(
            "INSERT INTO story (id, title, created_at, updated_at) VALUES (7, 'Launch', 'x', 'x');"
            "INSERT INTO question (id, text, created_at, updated_at) VALUES (3, 'Why?', 'x', 'x');"
            "INSERT INTO practice_record (id, story_id, question_id, practised_at, "
            "duration_seconds, rating, next_due, interval_days, ease, repetitions) VALUES "
            "(1, 7, NULL, '2026-03-01T09:00:00.000Z', 95, 3, '2026-03-02', 1, 2.5, 1),"
            "(2, NULL, 3, '2026-03-02T09:00:00.000Z', 40, 1, NULL, 1, 1.96, 0);"
            "DROP INDEX story_list;");
        SearchIndex(*db).reindexStory(StoryId(7));
        SearchIndex(*db).reindexQuestion(QuestionId(3));
    }

    const auto bank = Bank::open(path);

    EXPECT_EQ(bank->stats().schemaVersion, Bank::latestSchemaVersion());
    const QList<PracticeRecord> records = bank->practiceRecords();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].story, StoryId(7));
    EXPECT_EQ(records[0].practised, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(records[0].durationSeconds, 95);
    EXPECT_EQ(records[0].nextDue, QDate(2026, 3, 2));
    EXPECT_EQ(records[0].repetitions, 1);
    EXPECT_EQ(records[1].question, QuestionId(3));
    EXPECT_EQ(records[1].rating, 1);
    EXPECT_DOUBLE_EQ(records[1].ease, 1.96);
    for (const PracticeRecord& record : records)
        EXPECT_EQ(record.recording, QString());
    EXPECT_EQ(rawScalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'story_list'"), 1);
    EXPECT_TRUE(bank->problems().isEmpty());
}

TEST_F(SchemaMigratorTest, FailedUpgradeLeavesTheOldBankUsable)
{
    const StoryId id = bank().addStory(sampleStory());
    closeBank();
    const SchemaMigrator broken(builtInPlus("CREATE TABLE half (x); SELECT * FROM missing;"));
    EXPECT_THROW(Bank::open(bankPath(), broken), BankError);

    const auto reopened = Bank::open(bankPath());
    EXPECT_EQ(reopened->stats().schemaVersion, Bank::latestSchemaVersion());
    EXPECT_TRUE(reopened->story(id).has_value());
    EXPECT_TRUE(reopened->problems().isEmpty());
}

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST_F(SchemaMigratorTest, StepThatRebuildsATableKeepsEveryChildRow)
{
    Story story = sampleStory();
    story.tags = {bank().ensureTag(QStringLiteral("kept"))};
    const StoryId id = bank().addStory(story);
    Question question;
    question.text = QStringLiteral("Q?");
    bank().link({id, bank().addQuestion(question), LinkFit::Strong, QStringLiteral("angle")});
    closeBank();
    // The usual way to change a column in SQLite: copy, drop, rename. With foreign keys
    // enforced during the step, the DROP would cascade into cues, tags and links.
    const SchemaMigrator rebuild(builtInPlus(
        "CREATE TABLE story_new (id INTEGER PRIMARY KEY, title, summary, method, situation, task,"
        " action, result, learning, role, organization, period, status, impact, complexity,"
        " involvement, confidence, created_at, updated_at);\n"
        "INSERT INTO story_new SELECT * FROM story;\n"
        "DROP TABLE story;\n"
        "ALTER TABLE story_new RENAME TO story;"));
    const auto upgraded = Bank::open(bankPath(), rebuild);
    EXPECT_EQ(upgraded->story(id)->cues, sampleStory().cues);
    EXPECT_EQ(upgraded->story(id)->tags.size(), 1);
    EXPECT_EQ(upgraded->stats().links, 1);
}

TEST_F(SchemaMigratorTest, StepThatBreaksReferencesIsRolledBack)
{
    Story story = sampleStory();
    story.tags = {bank().ensureTag(QStringLiteral("kept"))};
    bank().addStory(story);
    closeBank();
    const SchemaMigrator breaking(builtInPlus("DELETE FROM tag;"));
    EXPECT_THROW(Bank::open(bankPath(), breaking), BankError);
    const auto reopened = Bank::open(bankPath());
    EXPECT_EQ(reopened->stats().tags, 1);
    EXPECT_EQ(reopened->stats().schemaVersion, Bank::latestSchemaVersion());
}

} // namespace
} // namespace sb::test

// The brag journal from a script: add an entry (today unless told), list the journal as text or
// JSON, and see which entries became stories.

#include "tests/cli/CliTest.h"

namespace sb::test {
namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class CliJournalTest : public CliTest {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(initBank(true)); }

    // Exit 2, nothing on stdout and no entry added.
    void expectUsageError(const QStringList& options, const QString& mentions)
    {
        SCOPED_TRACE(options.join(u' ').toStdString());
        const CliResult result = cliOnBank(QStringList {s("add"), s("journal")} + options);
        EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.isEmpty()) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.contains(mentions)) << testing::PrintToString(result);
        EXPECT_TRUE(listJson(s("journal")).isEmpty());
    }
};

TEST_F(CliJournalTest, AddedEntryIsDatedTodayAndListedWithEveryField)
{
    const QDate before = QDate::currentDate();
    const auto id = add(s("journal"),
        {s("--title"), s("Shipped the billing rewrite"), s("--text"),
            s("Cut over with no downtime."), s("--metrics"), s("Invoices 3x faster"), s("--tag"),
            s("billing"), s("--tag"), s("go")});
    const QDate after = QDate::currentDate();
    ASSERT_TRUE(id);

    const QJsonObject entry = withId(listJson(s("journal")), *id);
    ASSERT_FALSE(entry.isEmpty());
    EXPECT_EQ(entry.value(s("title")).toString(), s("Shipped the billing rewrite"));
    EXPECT_EQ(entry.value(s("details")).toString(), s("Cut over with no downtime."));
    EXPECT_EQ(entry.value(s("metrics")).toString(), s("Invoices 3x faster"));
    EXPECT_EQ(strings(entry.value(s("tags"))), (QStringList {s("billing"), s("go")}));
    // Today, as the command saw it (the test may straddle midnight).
    const QDate date = QDate::fromString(entry.value(s("date")).toString(), Qt::ISODate);
    EXPECT_TRUE(date == before || date == after) << entry.value(s("date")).toString().toStdString();
    EXPECT_FALSE(entry.contains(s("end_date")));
    EXPECT_TRUE(entry.value(s("story")).isNull());
    for (const char* rating : {"impact", "scope", "involvement"})
        EXPECT_EQ(entry.value(QLatin1String(rating)).toInt(-1), 0) << rating;
}

TEST_F(CliJournalTest, ADateOrAPeriodIsKeptAndShown)
{
    const auto day =
        add(s("journal"), {s("--title"), s("Talk at the meetup"), s("--date"), s("2026-02-14")});
    const auto period = add(s("journal"),
        {s("--title"), s("Led the Q1 migration"), s("--date"), s("2026-01-01"), s("--until"),
            s("2026-03-31")});
    ASSERT_TRUE(day && period);

    const QJsonArray journal = listJson(s("journal"));
    EXPECT_EQ(withId(journal, *day).value(s("date")).toString(), s("2026-02-14"));
    EXPECT_EQ(withId(journal, *period).value(s("date")).toString(), s("2026-01-01"));
    EXPECT_EQ(withId(journal, *period).value(s("end_date")).toString(), s("2026-03-31"));

    const CliResult text = cliOnBank({s("list"), s("journal")});
    ASSERT_EQ(text.exitCode, 0) << testing::PrintToString(text);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << text.out.toStdString();
    // Newest first.
    EXPECT_TRUE(lines[0].contains(s("2026-02-14"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(s("Talk at the meetup"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(s("2026-01-01 – 2026-03-31"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("%1").arg(*period, 5)))
        << lines[1].toStdString();
}

TEST_F(CliJournalTest, APromotedEntryNamesItsStory)
{
    const auto id = add(s("journal"), {s("--title"), s("Mentored two juniors")});
    ASSERT_TRUE(id);
    const StoryId story = Bank::open(bankPath())->promoteJournalEntry(JournalEntryId(*id));

    const QJsonObject entry = withId(listJson(s("journal")), *id);
    EXPECT_EQ(entry.value(s("story")).toInteger(), story.value);
    const CliResult text = cliOnBank({s("list"), s("journal")});
    EXPECT_TRUE(text.out.contains(s("story %1").arg(story.value))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(s("Mentored two juniors"))) << text.out.toStdString();
}

TEST_F(CliJournalTest, BadDatesAndMissingTitleAreUsageErrors)
{
    expectUsageError({s("--title"), s("T"), s("--date"), s("2026-13-40")}, s("2026-13-40"));
    expectUsageError({s("--title"), s("T"), s("--date"), s("14/02/2026")}, s("YYYY-MM-DD"));
    expectUsageError(
        {s("--title"), s("T"), s("--date"), s("2026-03-01"), s("--until"), s("2026-02-01")},
        s("--until"));
    expectUsageError({s("--text"), s("What happened")}, s("--title"));
    expectUsageError({s("--title"), s("T"), s("--company"), s("Acme")}, s("--company"));
    expectUsageError({s("--title"), s("T"), s("--tag"), s(" ")}, s("--tag"));
}

TEST_F(CliJournalTest, AnEmptyJournalPrintsNothing)
{
    const CliResult text = cliOnBank({s("list"), s("journal")});
    EXPECT_EQ(text.exitCode, 0) << testing::PrintToString(text);
    EXPECT_TRUE(text.out.isEmpty());
    EXPECT_TRUE(listJson(s("journal")).isEmpty());
}

} // namespace
} // namespace sb::test

#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

using InterviewTest = TempBankTest;
using JournalTest = TempBankTest;
using PracticeTest = TempBankTest;

Interview sampleInterview(const QString& company, const QDateTime& when)
{
    Interview i;
    i.company = company;
    i.role = QStringLiteral("Staff Engineer");
    i.level = QStringLiteral("L6");
    i.scheduled = when;
    i.stage = QStringLiteral("loop");
    i.interviewers = QStringLiteral("Dana, Lee");
    i.notes = QStringLiteral("Values: customer obsession, bias for action");
    return i;
}

TEST_F(InterviewTest, InterviewCrudRoundTripsEveryField)
{
    const QDateTime when(QDate(2026, 12, 3), QTime(14, 30), Qt::UTC);
    const InterviewId id = bank().addInterview(sampleInterview(QStringLiteral("Acme"), when));
    Interview stored = *bank().interview(id);
    EXPECT_EQ(stored.company, QStringLiteral("Acme"));
    EXPECT_EQ(stored.scheduled, when);
    EXPECT_EQ(stored.interviewers, QStringLiteral("Dana, Lee"));

    stored.stage = QStringLiteral("final");
    bank().updateInterview(stored);
    EXPECT_EQ(bank().interview(id)->stage, QStringLiteral("final"));

    bank().removeInterview(id);
    EXPECT_FALSE(bank().interview(id).has_value());
    EXPECT_THROW(bank().removeInterview(id), BankError);
}

TEST_F(InterviewTest, InterviewsAreListedByDateWithUndatedLast)
{
    bank().addInterview(sampleInterview(QStringLiteral("Undated"), QDateTime()));
    bank().addInterview(sampleInterview(
        QStringLiteral("Later"), QDateTime(QDate(2027, 1, 9), QTime(9, 0), Qt::UTC)));
    bank().addInterview(sampleInterview(
        QStringLiteral("Sooner"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)));
    QStringList order;
    for (const Interview& i : bank().interviews())
        order.append(i.company);
    EXPECT_EQ(order,
        (QStringList {
            QStringLiteral("Sooner"), QStringLiteral("Later"), QStringLiteral("Undated")}));
}

TEST_F(JournalTest, JournalCrudAndNewestFirst)
{
    JournalEntry older;
    older.date = QDate(2025, 3, 1);
    older.title = QStringLiteral("Cut build time in half");
    older.metrics = QStringLiteral("40 min → 20 min");
    JournalEntry newer = older;
    newer.date = QDate(2025, 6, 1);
    newer.title = QStringLiteral("Mentored two interns");
    const JournalEntryId olderId = bank().addJournalEntry(older);
    const JournalEntryId newerId = bank().addJournalEntry(newer);

    const QList<JournalEntry> all = bank().journal();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, newerId);
    EXPECT_EQ(all[1].metrics, QStringLiteral("40 min → 20 min"));
    EXPECT_EQ(all[1].date, QDate(2025, 3, 1));

    JournalEntry edited = *bank().journalEntry(olderId);
    edited.feedback = QStringLiteral("Manager: great initiative");
    bank().updateJournalEntry(edited);
    EXPECT_EQ(bank().journalEntry(olderId)->feedback, edited.feedback);
    bank().removeJournalEntry(olderId);
    EXPECT_EQ(bank().journal().size(), 1);
}

TEST_F(JournalTest, EntryOutlivesTheStoryWrittenFromIt)
{
    const StoryId story = bank().addStory(sampleStory());
    JournalEntry entry;
    entry.date = QDate(2025, 1, 15);
    entry.title = QStringLiteral("Launch rescue");
    entry.story = story;
    const JournalEntryId id = bank().addJournalEntry(entry);
    EXPECT_EQ(bank().journalEntry(id)->story, story);

    bank().removeStory(story);
    ASSERT_TRUE(bank().journalEntry(id).has_value());
    EXPECT_FALSE(bank().journalEntry(id)->story.isValid());
}

TEST_F(PracticeTest, PracticeRecordCrudRoundTripsTheSchedule)
{
    const StoryId story = bank().addStory(sampleStory());
    PracticeRecord record;
    record.story = story;
    record.practised = QDateTime(QDate(2026, 11, 20), QTime(19, 5), Qt::UTC);
    record.durationSeconds = 118;
    record.rating = 3;
    record.nextDue = QDate(2026, 11, 26);
    record.intervalDays = 6;
    record.ease = 2.36;
    record.repetitions = 2;
    const PracticeRecordId id = bank().addPracticeRecord(record);
    record.id = id;
    EXPECT_EQ(*bank().practiceRecord(id), record);
    EXPECT_EQ(bank().practiceOfStory(story).size(), 1);

    record.rating = 4;
    bank().updatePracticeRecord(record);
    EXPECT_EQ(bank().practiceRecord(id)->rating, 4);
    bank().removePracticeRecord(id);
    EXPECT_TRUE(bank().practiceRecords().isEmpty());
}

TEST_F(PracticeTest, RecordWithoutSubjectOrWithBadRatingIsRefused)
{
    PracticeRecord record;
    record.rating = 3;
    EXPECT_THROW(bank().addPracticeRecord(record), BankError); // neither story nor question
    record.story = bank().addStory(sampleStory());
    record.rating = 5;
    EXPECT_THROW(bank().addPracticeRecord(record), BankError);
    EXPECT_EQ(bank().stats().practiceRecords, 0);
}

} // namespace
} // namespace sb::test

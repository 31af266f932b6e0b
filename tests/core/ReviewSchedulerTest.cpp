#include "core/practice/ReviewScheduler.h"
#include "core/practice/DuePractice.h"

#include <gtest/gtest.h>

namespace sb::test {
namespace {

using practice::schedule;

PracticeRecord answered(const char* day, Recall recall)
{
    PracticeRecord record;
    record.story = StoryId(1);
    record.practised = QDateTime(QDate::fromString(QLatin1String(day), Qt::ISODate), QTime(9, 0));
    record.rating = int(recall);
    return record;
}

struct Expected {
    const char* day;
    Recall recall;
    int repetitions;
    int intervalDays;
    double ease;
    const char* nextDue;
};

// Worked by hand from the SM-2 rules (see ReviewScheduler.h): each line's interval uses the
// ease the line before left.
TEST(ReviewSchedulerTest, IntervalsFollowSm2ForASequenceOfAnswers)
{
    const Expected steps[] = {
        {"2026-01-01", Recall::Good, 1, 1, 2.5, "2026-01-02"}, // EF + 0.1 - 1 * 0.10
        {"2026-01-02", Recall::Good, 2, 6, 2.5, "2026-01-08"},
        {"2026-01-08", Recall::Good, 3, 15, 2.5, "2026-01-23"}, // 6 * 2.5
        {"2026-01-23", Recall::Hard, 4, 38, 2.36, "2026-03-02"}, // 15 * 2.5 = 37.5; 0.1 - 0.24
        {"2026-03-02", Recall::Again, 0, 1, 1.82, "2026-03-03"}, // starts over; 0.1 - 0.64
        {"2026-03-03", Recall::Good, 1, 1, 1.82, "2026-03-04"},
        {"2026-03-04", Recall::Easy, 2, 6, 1.92, "2026-03-10"}, // + 0.1
        {"2026-03-10", Recall::Good, 3, 12, 1.92, "2026-03-22"}, // 6 * 1.92 = 11.52
    };
    std::optional<PracticeRecord> last;
    for (const Expected& step : steps) {
        const PracticeRecord next = schedule(last, answered(step.day, step.recall));
        SCOPED_TRACE(step.day);
        EXPECT_EQ(next.repetitions, step.repetitions);
        EXPECT_EQ(next.intervalDays, step.intervalDays);
        EXPECT_NEAR(next.ease, step.ease, 1e-9);
        EXPECT_EQ(next.nextDue, QDate::fromString(QLatin1String(step.nextDue), Qt::ISODate));
        last = next;
    }
}

TEST(ReviewSchedulerTest, EaseNeverFallsBelowOnePointThree)
{
    std::optional<PracticeRecord> last;
    const double expected[] = {1.96, 1.42, 1.3, 1.3};
    for (double ease : expected) {
        last = schedule(last, answered("2026-01-01", Recall::Again));
        EXPECT_NEAR(last->ease, ease, 1e-9);
        EXPECT_EQ(last->intervalDays, 1);
    }
}

PracticeRecord due(
    int64_t id, StoryId story, QuestionId question, const char* practised, const char* nextDue)
{
    PracticeRecord record;
    record.id = PracticeRecordId(id);
    record.story = story;
    record.question = question;
    record.practised =
        QDateTime(QDate::fromString(QLatin1String(practised), Qt::ISODate), QTime(12, 0));
    record.rating = 3;
    record.nextDue = QDate::fromString(QLatin1String(nextDue), Qt::ISODate);
    return record;
}

TEST(DuePracticeTest, OnAFixedDayTheLastPracticeOfEachItemDecidesLongestOverdueFirst)
{
    const QList<PracticeRecord> records {
        due(1, StoryId(2), QuestionId(), "2026-01-01", "2026-01-03"),
        due(2, StoryId(1), QuestionId(), "2026-01-02", "2026-01-10"),
        due(3, StoryId(7), QuestionId(5), "2026-01-02", "2026-01-05"), // the question's
        due(4, StoryId(2), QuestionId(), "2026-01-03", "2026-02-01"), // story 2 again: later
    };

    const QList<practice::DueItem> onTenth = practice::dueOn(records, QDate(2026, 1, 10));
    ASSERT_EQ(onTenth.size(), 2);
    EXPECT_EQ(onTenth[0].item, (PracticeItem {StoryId(), QuestionId(5)}));
    EXPECT_EQ(onTenth[1].item, (PracticeItem {StoryId(1), QuestionId()}));
    EXPECT_EQ(onTenth[1].last.id, PracticeRecordId(2));

    EXPECT_TRUE(practice::dueOn(records, QDate(2026, 1, 4)).isEmpty())
        << "story 2 was due on the 3rd, but its later practice moved it to February";
    EXPECT_EQ(practice::dueOn(records, QDate(2026, 2, 1)).size(), 3);
}

TEST(RecallTest, KeysReadBackAndUnknownWordsAreRefused)
{
    for (Recall recall : {Recall::Again, Recall::Hard, Recall::Good, Recall::Easy})
        EXPECT_EQ(recallFromKey(toKey(recall)), recall);
    EXPECT_EQ(recallFromKey(QStringLiteral("EASY")), Recall::Easy);
    EXPECT_FALSE(recallFromKey(QStringLiteral("perfect")).has_value());
}

} // namespace
} // namespace sb::test

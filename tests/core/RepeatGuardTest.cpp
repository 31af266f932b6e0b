// The repeat guard: stories told at a company are flagged when a later round there is planned.

#include "core/interview/RepeatGuard.h"
#include "core/interview/ValueMapping.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

Interview round(int64_t id, const QString& company, QDate day, const QString& stage)
{
    Interview i;
    i.id = InterviewId(id);
    i.company = company;
    i.stage = stage;
    if (day.isValid())
        i.scheduled = QDateTime(day, QTime(9, 0), Qt::UTC);
    return i;
}

TEST(RepeatGuardTest, StoriesToldEarlierAtTheSameCompanyAreFlaggedWithWhereAndToWhom)
{
    Interview screen =
        round(1, QStringLiteral("Acme Corp"), QDate(2026, 11, 20), QStringLiteral("screen"));
    screen.told = {{StoryId(10), QuestionId(3), QStringLiteral("1"), QStringLiteral("Dana")}};
    Interview elsewhere =
        round(2, QStringLiteral("Initech"), QDate(2026, 11, 21), QStringLiteral("loop"));
    elsewhere.told = {{StoryId(11), QuestionId(), QStringLiteral("1"), QStringLiteral("Bob")}};
    Interview loop =
        round(3, QStringLiteral("  acme   CORP "), QDate(2026, 12, 2), QStringLiteral("loop"));
    loop.plan = {{QuestionId(3), StoryId(10)}, {QuestionId(4), StoryId(11)}};

    const auto told = repeatguard::toldAtCompany(loop, {screen, elsewhere, loop});

    ASSERT_TRUE(told.contains(StoryId(10)));
    const QList<EarlierTelling> tellings = told.value(StoryId(10));
    ASSERT_EQ(tellings.size(), 1);
    EXPECT_EQ(tellings.first().interview, InterviewId(1));
    EXPECT_EQ(tellings.first().interviewer, QStringLiteral("Dana"));
    EXPECT_EQ(tellings.first().round, QStringLiteral("1"));
    EXPECT_EQ(tellings.first().stage, QStringLiteral("screen"));
    EXPECT_EQ(tellings.first().scheduled.date(), QDate(2026, 11, 20));
    // Told at another company only: not flagged.
    EXPECT_FALSE(told.contains(StoryId(11)));
}

TEST(RepeatGuardTest, OnlyEarlierRoundsWarnNotTheInterviewItselfOrLaterOnes)
{
    Interview undated = round(5, QStringLiteral("Acme"), QDate(), QStringLiteral("final"));
    undated.told = {{StoryId(7), QuestionId(), QStringLiteral("final"), QStringLiteral("CEO")}};
    Interview first =
        round(4, QStringLiteral("Acme"), QDate(2026, 11, 2), QStringLiteral("screen"));
    first.told = {{StoryId(7), QuestionId(), QStringLiteral("1"), QStringLiteral("Ana")}};
    Interview later =
        round(8, QStringLiteral("Acme"), QDate(2026, 12, 20), QStringLiteral("final"));
    later.told = {{StoryId(9), QuestionId(), QStringLiteral("3"), QStringLiteral("Bo")}};
    Interview current =
        round(6, QStringLiteral("Acme"), QDate(2026, 12, 1), QStringLiteral("loop"));
    current.told = {{StoryId(3), QuestionId(), QStringLiteral("2"), QStringLiteral("Lee")}};

    const auto told = repeatguard::toldAtCompany(current, {undated, later, current, first});

    EXPECT_FALSE(told.contains(StoryId(3))) << "what this interview records is not a warning";
    EXPECT_FALSE(told.contains(StoryId(9))) << "a later round is not earlier";
    const QList<EarlierTelling> tellings = told.value(StoryId(7));
    ASSERT_EQ(tellings.size(), 2);
    EXPECT_EQ(tellings[0].interviewer, QStringLiteral("Ana")); // dated first
    EXPECT_EQ(tellings[1].interviewer, QStringLiteral("CEO")); // undated, yet held: last

    // An undated interview being planned has every other round there behind it.
    Interview unplanned = round(10, QStringLiteral("acme"), QDate(), QStringLiteral("team fit"));
    EXPECT_EQ(repeatguard::toldAtCompany(unplanned, {undated, later, current, first}).size(), 3);
}

TEST(RepeatGuardTest, AnInterviewWithoutACompanyMatchesNoOther)
{
    Interview other = round(1, QString(), QDate(2026, 1, 1), QString());
    other.told = {{StoryId(1), QuestionId(), QString(), QString()}};
    const Interview current = round(2, QStringLiteral(" "), QDate(2026, 2, 1), QString());
    EXPECT_TRUE(repeatguard::toldAtCompany(current, {other, current}).isEmpty());
    EXPECT_FALSE(repeatguard::sameCompany(QString(), QString()));
    EXPECT_TRUE(
        repeatguard::sameCompany(QStringLiteral("Äpfel GmbH"), QStringLiteral("äpfel  gmbh")));
}

TEST(ValueMappingTest, ValuesWithoutAStoryAreTheGapsInTheirOrder)
{
    Interview interview;
    interview.values = {{QStringLiteral("Ownership"), {}, {StoryId(1)}},
        {QStringLiteral("Frugality"), QStringLiteral("Do more with less"), {}},
        {QStringLiteral("Dive deep"), {}, {StoryId(2), StoryId(1)}},
        {QStringLiteral("Earn trust"), {}, {}}};

    const QList<CompanyValue> gaps = valuemapping::gaps(interview);
    ASSERT_EQ(gaps.size(), 2);
    EXPECT_EQ(gaps[0].name, QStringLiteral("Frugality"));
    EXPECT_EQ(gaps[0].description, QStringLiteral("Do more with less"));
    EXPECT_EQ(gaps[1].name, QStringLiteral("Earn trust"));
    EXPECT_EQ(valuemapping::valuesOfStory(interview, StoryId(1)),
        (QStringList {QStringLiteral("Ownership"), QStringLiteral("Dive deep")}));
    EXPECT_TRUE(valuemapping::valuesOfStory(interview, StoryId(9)).isEmpty());

    interview.values[1].stories = {StoryId(3)};
    interview.values[3].stories = {StoryId(3)};
    EXPECT_TRUE(valuemapping::gaps(interview).isEmpty());
}

} // namespace
} // namespace sb

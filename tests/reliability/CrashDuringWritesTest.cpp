#include "tests/reliability/BankChildProcess.h"
#include "tests/reliability/NumberedStory.h"
#include "tests/support/TempBank.h"

#include <QThread>

#include <random>

namespace sb::test {
namespace {

constexpr int kEdits = 2000;
constexpr int kRounds = 20;

// Guarantee 1: an edit the bank has said is committed survives the process being killed at any
// moment, and a kill never leaves a torn story or a damaged file. Each round kills the writer
// at another moment (fixed per round, so a failure can be repeated).
class CrashDuringWritesTest : public TempBankTest, public ::testing::WithParamInterface<int> { };

TEST_P(CrashDuringWritesTest, EveryLoggedEditSurvivesAKillAtARandomMoment)
{
    Bank::create(bankPath(), {.starterCatalog = false}).reset();
    std::mt19937 random(unsigned(GetParam()) + 1);
    const int killAfterMs = std::uniform_int_distribution<int>(0, 1500)(random);

    BankChildProcess writer(QStringLiteral("write"), bankPath(), kEdits);
    ASSERT_TRUE(writer.waitForLines(1, 30000)) << "the writer never committed an edit";
    QThread::msleep(unsigned(killAfterMs));
    writer.killNow();

    QHash<int64_t, int> logged; // story id -> its number
    for (const QString& line : writer.lines()) {
        const QStringList fields = line.split(u' ');
        ASSERT_EQ(fields.size(), 2) << qPrintable(line);
        logged.insert(fields[0].toLongLong(), fields[1].toInt());
    }
    SCOPED_TRACE(testing::Message()
        << "killed after " << killAfterMs << " ms, " << logged.size() << " edits logged");

    auto reopened = Bank::open(bankPath()); // checks the file's integrity first
    EXPECT_EQ(reopened->problems(), QStringList()) << "integrity, references and search index";
    for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
        const auto story = reopened->story(StoryId {it.key()});
        ASSERT_TRUE(story.has_value()) << "logged edit " << it.value() << " is missing";
        const Story expected = numberedStory(it.value());
        EXPECT_EQ(story->title, expected.title);
        EXPECT_EQ(story->action, expected.action);
        EXPECT_EQ(story->cues, expected.cues);
    }
    // At most one edit committed after the last line was printed; none is torn.
    const QList<StorySummary> stored = reopened->storySummaries();
    EXPECT_GE(stored.size(), logged.size());
    EXPECT_LE(stored.size(), logged.size() + 1);
    for (const StorySummary& summary : stored) {
        const auto story = reopened->story(summary.id);
        ASSERT_TRUE(story.has_value());
        const int n = story->title.mid(5).toInt();
        const Story expected = numberedStory(n);
        EXPECT_EQ(story->situation, expected.situation) << "story " << n << " is torn";
        EXPECT_EQ(story->learning, expected.learning) << "story " << n << " is torn";
        EXPECT_EQ(story->cues, expected.cues) << "story " << n << " is torn";
    }
}

INSTANTIATE_TEST_SUITE_P(Rounds, CrashDuringWritesTest, ::testing::Range(0, kRounds));

} // namespace
} // namespace sb::test

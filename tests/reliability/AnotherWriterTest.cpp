#include "core/BankError.h"
#include "core/db/Database.h"
#include "tests/reliability/BankChildProcess.h"
#include "tests/support/TempBank.h"

#include <QElapsedTimer>

namespace sb::test {
namespace {

// Guarantee 7: while another process holds the bank's write lock, an edit waits for it (the
// busy timeout) and lands afterwards; if the lock outlasts the wait, the edit is reported as
// failed and is not in the bank.
class AnotherWriterTest : public TempBankTest { };

TEST_F(AnotherWriterTest, AnEditWaitsForTheOtherWriterAndLandsAfterIt)
{
    Bank& mine = bank();
    BankChildProcess other(QStringLiteral("hold"), bankPath(), 1500);
    ASSERT_TRUE(other.waitForLines(1, 30000)) << "the other writer never took the lock";

    QElapsedTimer waited;
    waited.start();
    const StoryId id = mine.addStory(sampleStory());
    EXPECT_GE(waited.elapsed(), 500) << "the edit should have waited for the other writer";
    ASSERT_TRUE(other.waitForExit(30000));
    EXPECT_EQ(other.exitCode(), 0) << "the other writer's commit failed";

    closeBank();
    EXPECT_TRUE(Bank::open(bankPath())->story(id).has_value());
}

TEST_F(AnotherWriterTest, AnEditThatCannotWaitLongEnoughFailsAndIsNotKept)
{
    Bank& mine = bank();
    const int storiesBefore = mine.stats().stories;
    BankChildProcess other(
        QStringLiteral("hold"), bankPath(), Database::kDefaultBusyTimeoutMs + 2500);
    ASSERT_TRUE(other.waitForLines(1, 30000)) << "the other writer never took the lock";

    try {
        mine.addStory(sampleStory());
        ADD_FAILURE() << "an edit that could not be written was reported as saved";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::Busy);
        EXPECT_FALSE(error.message().isEmpty());
    }
    ASSERT_TRUE(other.waitForExit(30000));
    EXPECT_EQ(other.exitCode(), 0);

    closeBank();
    EXPECT_EQ(Bank::open(bankPath())->stats().stories, storiesBefore);
}

} // namespace
} // namespace sb::test

#include "core/BankError.h"
#include "tests/support/TempBank.h"

#include <random>

namespace sb::test {
namespace {

// Guarantee 3, the damage nobody plans: one byte of a bank changed anywhere (a bad sector, a
// broken copy). SQLite keeps no checksums, so a change inside a story's text reads back as
// different text; everything else must be refused with a message, and in both cases the file
// is left exactly as it was.
class FlippedByteTest : public TempBankTest { };

TEST_F(FlippedByteTest, ABankWithOneByteChangedAtTwoHundredPlacesIsNeverWrittenTo)
{
    for (int n = 0; n < 40; ++n) {
        Story story = sampleStory(QStringLiteral("Story %1").arg(n));
        story.action = QStringLiteral("What I did, at length. ").repeated(30);
        bank().addStory(story);
    }
    closeBank();
    const QByteArray healthy = readAll(bankPath());
    ASSERT_GT(healthy.size(), 8192);

    std::mt19937 random(2026);
    std::uniform_int_distribution<qsizetype> anywhere(0, healthy.size() - 1);
    int refused = 0;
    for (int round = 0; round < 200; ++round) {
        const qsizetype offset = anywhere(random);
        QByteArray damaged = healthy;
        damaged[offset] = char(damaged[offset] ^ 0x5A);
        const QString path = pathFor(QStringLiteral("flipped-%1.storybank").arg(round));
        writeAll(path, damaged);
        SCOPED_TRACE(testing::Message() << "byte " << offset << " changed");
        try {
            auto opened = Bank::open(path);
            opened->storySummaries(); // read what a window would show first
        } catch (const BankError& error) {
            ++refused;
            EXPECT_FALSE(error.message().isEmpty());
        }
        EXPECT_EQ(readAll(path), damaged) << "the damaged file was written to";
    }
    EXPECT_GT(refused, 0) << "no change was found: the test proves nothing";
}

} // namespace
} // namespace sb::test

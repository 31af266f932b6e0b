#include "tests/support/TempBank.h"

#include <QFileInfo>

namespace sb::test {
namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return (permissions & kOthers) == 0 && permissions.testFlag(QFileDevice::ReadOwner)
        && permissions.testFlag(QFileDevice::WriteOwner);
}

// Guarantee 11: a bank holds someone's career history, so its files are the owner's alone and
// what they delete is gone from the file.
class PrivacyTest : public TempBankTest { };

TEST_F(PrivacyTest, ANewBankAndItsLogAreReadableByTheOwnerOnly)
{
    bank().addStory(sampleStory());
    EXPECT_TRUE(ownerOnly(bankPath()));
    ASSERT_TRUE(QFileInfo::exists(bankPath() + QStringLiteral("-wal")));
    EXPECT_TRUE(ownerOnly(bankPath() + QStringLiteral("-wal")));
}

TEST_F(PrivacyTest, ACopyIsReadableByTheOwnerOnlyAndReplacesAnOlderOneWhole)
{
    const QString copy = pathFor(QStringLiteral("copy.storybank"));
    bank().saveCopy(copy);
    const StoryId later = bank().addStory(sampleStory());
    bank().saveCopy(copy);
    EXPECT_TRUE(ownerOnly(copy));
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
    EXPECT_TRUE(Bank::open(copy)->story(later).has_value());
}

// A word no other text in the bank contains, in the title, a section and a cue.
constexpr char16_t kMarker[] = u"Quokkazanzibarian";

TEST_F(PrivacyTest, ARemovedStoryLeavesNoTraceInTheFile)
{
    Story secret = sampleStory(QStringLiteral("The %1 affair").arg(kMarker));
    secret.action = QStringLiteral("I told %1 the truth. ").arg(kMarker).repeated(50);
    secret.cues = {QStringLiteral("%1 cue").arg(kMarker)};
    for (int n = 0; n < 20; ++n)
        bank().addStory(sampleStory(QStringLiteral("Neighbour %1").arg(n)));
    const StoryId id = bank().addStory(secret);
    closeBank(); // the story is written into the file itself, not only the log

    const QByteArray marker = QString::fromUtf16(kMarker).toUtf8().toLower();
    ASSERT_TRUE(readAll(bankPath()).toLower().contains(marker))
        << "the test looks for the wrong bytes";
    Bank::open(bankPath())->removeStory(id); // and closed again

    ASSERT_FALSE(QFileInfo::exists(bankPath() + QStringLiteral("-wal")));
    EXPECT_FALSE(readAll(bankPath()).toLower().contains(marker))
        << "the removed story's text is still in the file";
    EXPECT_EQ(Bank::open(bankPath())->stats().stories, 20) << "the other stories are kept";
}

} // namespace
} // namespace sb::test

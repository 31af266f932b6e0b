#include "tests/support/FailingDisk.h"
#include "core/BankError.h"
#include "core/exchange/ImportSources.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

// Guarantee 8, in the bank: on a full disk or a medium turned read-only, an edit fails with a
// message that says so and is not reported as saved, what was saved before is intact, and the
// same edit is saved once space or permission returns. (What the window does with the text
// meanwhile is in tests/gui/UnsavedTextTest.cpp.)
struct Failure {
    const char* name;
    FailingDisk::State state;
    BankError::Code code;
    const char* words; // what the message must say
};

const Failure kFailures[] = {
    {"DiskFull", FailingDisk::State::Full, BankError::Code::DiskFull, "disk is full"},
    {"ReadOnlyMedium", FailingDisk::State::ReadOnly, BankError::Code::Io, "could not be"},
};

class FailingDiskTest : public TempBankTest, public ::testing::WithParamInterface<Failure> {
protected:
    FailingDisk m_disk; // before the bank, so the bank's files go through it
};

TEST_P(FailingDiskTest, AnEditFailsVisiblyKeepsWhatWasSavedAndLandsOnceTheDiskWorksAgain)
{
    Bank& open = bank();
    const StoryId kept = open.addStory(sampleStory(QStringLiteral("Saved before")));
    Story edited = *open.story(kept);
    edited.action = QStringLiteral("Typed while the disk could not take it");

    m_disk.setState(GetParam().state);
    try {
        open.updateStory(edited);
        ADD_FAILURE() << "an edit that could not be written was reported as saved";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), GetParam().code) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QLatin1String(GetParam().words)))
            << error.message().toStdString();
    }
    EXPECT_GT(m_disk.refusedWrites(), 0) << "the edit never met the failing disk";
    EXPECT_THROW(open.addStory(sampleStory(QStringLiteral("New while failing"))), BankError);
    EXPECT_EQ(open.story(kept)->action, sampleStory().action) << "the failed edit shows as saved";

    m_disk.setState(FailingDisk::State::Working);
    open.updateStory(edited);
    closeBank();

    const auto reopened = Bank::open(bankPath()); // checks every page first
    EXPECT_EQ(reopened->problems(), QStringList()) << "integrity, references and search index";
    EXPECT_EQ(reopened->story(kept)->action, edited.action);
    EXPECT_EQ(reopened->stats().stories, 1) << "the story refused while failing came back";
}

TEST_P(FailingDiskTest, AnImportThatMeetsTheFailingDiskAddsNothing)
{
    Bank& open = bank();
    open.addStory(sampleStory());
    const BankStats before = open.stats();
    ImportDocument notes;
    for (int n = 0; n < 50; ++n) {
        ImportedStory story;
        story.story = sampleStory(QStringLiteral("Imported %1").arg(n));
        story.story.id = StoryId(n + 1); // a key within the document
        notes.stories.append(story);
    }

    m_disk.setState(GetParam().state);
    EXPECT_THROW(open.importDocuments({notes}), BankError);
    m_disk.setState(FailingDisk::State::Working);

    EXPECT_EQ(open.stats().stories, before.stories);
    closeBank();
    const auto reopened = Bank::open(bankPath());
    EXPECT_EQ(reopened->problems(), QStringList());
    EXPECT_EQ(reopened->stats().stories, before.stories);
}

INSTANTIATE_TEST_SUITE_P(Failures, FailingDiskTest, ::testing::ValuesIn(kFailures),
    [](const ::testing::TestParamInfo<Failure>& info) { return std::string(info.param.name); });

} // namespace
} // namespace sb::test

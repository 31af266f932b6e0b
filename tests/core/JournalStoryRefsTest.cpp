// Promotion with tags that differ only in case, and every journal entry pointing at one story.

#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

using JournalStoryRefsTest = TempBankTest;

JournalEntry entryTitled(const QString& title)
{
    JournalEntry e;
    e.title = title;
    e.date = QDate(2025, 3, 4);
    return e;
}

TEST_F(JournalStoryRefsTest, TagsDifferingOnlyInCaseBecomeOneTagOnTheStory)
{
    JournalEntry written = entryTitled(QStringLiteral("Rewrote the parser"));
    written.tags = {QStringLiteral("Rust"), QStringLiteral("rust"), QStringLiteral("parsing")};
    const JournalEntryId id = bank().addJournalEntry(written);

    const StoryId story = bank().promoteJournalEntry(id);

    EXPECT_EQ(bank().tags().size(), 2);
    const auto rust = bank().tagNamed(QStringLiteral("RUST"));
    ASSERT_TRUE(rust.has_value());
    EXPECT_EQ(rust->name, QStringLiteral("Rust")) << "the first spelling names it";
    EXPECT_EQ(bank().story(story)->tags.size(), 2);
    EXPECT_EQ(bank().story(story)->tags.count(rust->id), 1);
}

TEST_F(JournalStoryRefsTest, EveryEntryPointingAtAStoryIsFound)
{
    const JournalEntryId first = bank().addJournalEntry(entryTitled(QStringLiteral("First")));
    const StoryId story = bank().promoteJournalEntry(first);
    JournalEntry second = entryTitled(QStringLiteral("Second"));
    second.story = story; // as an import can bring it
    const JournalEntryId secondId = bank().addJournalEntry(second);
    bank().addJournalEntry(entryTitled(QStringLiteral("Unrelated")));

    const QList<JournalEntry> entries = bank().journalEntriesOfStory(story);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).id, first);
    EXPECT_EQ(entries.at(1).id, secondId);
    EXPECT_EQ(bank().journalEntryOfStory(story)->id, first) << "the label still shows one";
    EXPECT_TRUE(bank().journalEntriesOfStory(StoryId(999)).isEmpty());
}

} // namespace
} // namespace sb::test

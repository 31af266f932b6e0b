// The brag journal: entries with a period, tags and ratings; the best story material; and an
// entry promoted to a draft story with a back-reference.

#include "core/BankError.h"
#include "core/journal/StoryMaterial.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

using JournalPromotionTest = TempBankTest;

JournalEntry entry(const QString& title, QDate date, int impact, int scope, int involvement)
{
    JournalEntry e;
    e.title = title;
    e.date = date;
    e.impact = impact;
    e.scope = scope;
    e.involvement = involvement;
    return e;
}

TEST_F(JournalPromotionTest, PeriodTagsAndRatingsAreKept)
{
    JournalEntry written = entry(QStringLiteral("Migrated billing"), QDate(2025, 1, 6), 5, 4, 3);
    written.endDate = QDate(2025, 4, 30);
    written.details = QStringLiteral("Moved 2M accounts with no downtime.");
    written.metrics = QStringLiteral("0 minutes downtime");
    written.feedback = QStringLiteral("CTO: “flawless”");
    written.tags = {
        QStringLiteral("migration"), QStringLiteral("leadership"), QStringLiteral("C++")};
    written.id = bank().addJournalEntry(written);

    const JournalEntry stored = *bank().journalEntry(written.id);
    written.created = stored.created;
    written.updated = stored.updated;
    EXPECT_EQ(stored, written);

    JournalEntry edited = stored;
    edited.tags = {QStringLiteral("leadership")};
    edited.endDate = QDate();
    bank().updateJournalEntry(edited);
    EXPECT_EQ(bank().journalEntry(written.id)->tags, edited.tags);
    EXPECT_FALSE(bank().journalEntry(written.id)->endDate.isValid());
}

TEST_F(JournalPromotionTest, EntriesTheModelDoesNotAllowAreRefused)
{
    EXPECT_THROW(
        bank().addJournalEntry(entry(QStringLiteral(" "), QDate(2025, 1, 1), 0, 0, 0)), BankError);
    EXPECT_THROW(bank().addJournalEntry(entry(QStringLiteral("Bad"), QDate(2025, 1, 1), 6, 0, 0)),
        BankError);
    JournalEntry backwards = entry(QStringLiteral("Backwards"), QDate(2025, 5, 1), 0, 0, 0);
    backwards.endDate = QDate(2025, 4, 1);
    EXPECT_THROW(bank().addJournalEntry(backwards), BankError);
    EXPECT_TRUE(bank().journal().isEmpty());
}

TEST_F(JournalPromotionTest, PromotionWritesAStarDraftWithTheTextPlacedAndABackReference)
{
    bank().ensureTag(QStringLiteral("leadership"));
    JournalEntry e = entry(QStringLiteral("Rescued the launch"), QDate(2025, 3, 3), 4, 3, 5);
    e.endDate = QDate(2025, 5, 20);
    e.details = QStringLiteral("The launch was slipping; I re-planned it.");
    e.metrics = QStringLiteral("Shipped 2 weeks early");
    e.feedback = QStringLiteral("Manager: “saved the quarter”");
    e.tags = {QStringLiteral("leadership"), QStringLiteral("planning")};
    const JournalEntryId id = bank().addJournalEntry(e);

    QList<BankChange> changes;
    QObject::connect(&bank(), &Bank::changed, [&](const BankChange& c) { changes.append(c); });
    const StoryId storyId = bank().promoteJournalEntry(id);

    const Story story = *bank().story(storyId);
    EXPECT_EQ(story.title, QStringLiteral("Rescued the launch"));
    EXPECT_EQ(story.method, StoryMethod::Star);
    EXPECT_EQ(story.status, StoryStatus::Draft);
    EXPECT_EQ(story.situation, e.details);
    EXPECT_EQ(
        story.result, QStringLiteral("Shipped 2 weeks early\n\nManager: “saved the quarter”"));
    EXPECT_TRUE(story.task.isEmpty());
    EXPECT_TRUE(story.action.isEmpty());
    EXPECT_EQ(story.impact, 4);
    EXPECT_EQ(story.involvement, 5);
    EXPECT_FALSE(story.period.isEmpty());
    QStringList tagNames;
    for (TagId tag : story.tags)
        tagNames.append(bank().tag(tag)->name);
    EXPECT_EQ(tagNames, (QStringList {QStringLiteral("leadership"), QStringLiteral("planning")}));
    EXPECT_EQ(bank().tags().size(), 2); // "leadership" reused, "planning" created

    EXPECT_EQ(bank().journalEntry(id)->story, storyId);
    ASSERT_TRUE(bank().journalEntryOfStory(storyId).has_value());
    EXPECT_EQ(bank().journalEntryOfStory(storyId)->id, id);
    EXPECT_FALSE(bank().searchStories(QStringLiteral("re-planned")).isEmpty());

    bool storyAdded = false;
    bool entryUpdated = false;
    for (const BankChange& c : changes) {
        storyAdded |= c.entity == BankChange::Entity::Story && c.kind == BankChange::Kind::Added
            && c.id == storyId.value;
        entryUpdated |= c.entity == BankChange::Entity::Journal && c.id == id.value;
    }
    EXPECT_TRUE(storyAdded);
    EXPECT_TRUE(entryUpdated);

    // Twice is refused, and nothing more is written.
    EXPECT_THROW(bank().promoteJournalEntry(id), BankError);
    EXPECT_EQ(bank().storySummaries().size(), 1);
    EXPECT_THROW(bank().promoteJournalEntry(JournalEntryId(99)), BankError);
}

TEST_F(JournalPromotionTest, StoryMaterialIsTheUnpromotedEntriesStrongestFirst)
{
    const JournalEntryId small =
        bank().addJournalEntry(entry(QStringLiteral("Small fix"), QDate(2025, 2, 1), 1, 1, 1));
    const JournalEntryId big =
        bank().addJournalEntry(entry(QStringLiteral("Big bet"), QDate(2024, 6, 1), 5, 5, 4));
    const JournalEntryId tieOld =
        bank().addJournalEntry(entry(QStringLiteral("Tie old"), QDate(2024, 1, 1), 2, 2, 2));
    const JournalEntryId tieNew =
        bank().addJournalEntry(entry(QStringLiteral("Tie new"), QDate(2025, 1, 1), 3, 2, 1));
    const JournalEntryId promoted =
        bank().addJournalEntry(entry(QStringLiteral("Done"), QDate(2025, 3, 1), 5, 5, 5));
    bank().promoteJournalEntry(promoted);

    QList<JournalEntryId> order;
    for (const JournalEntry& e : storymaterial::candidates(bank().journal()))
        order.append(e.id);
    EXPECT_EQ(order, (QList<JournalEntryId> {big, tieNew, tieOld, small}));
    EXPECT_EQ(storymaterial::strength(*bank().journalEntry(big)), 14);
}

TEST(StoryMaterialDraft, ASingleDayHasOneMonthAndEmptyPartsAddNothing)
{
    JournalEntry e;
    e.title = QStringLiteral("  Talk at the meetup ");
    e.date = QDate(2024, 9, 12);
    e.endDate = QDate(2024, 9, 30);
    e.feedback = QStringLiteral("“Best talk of the night”");
    const Story story = storymaterial::draftStory(e);
    EXPECT_EQ(story.title, QStringLiteral("Talk at the meetup"));
    EXPECT_EQ(story.result, e.feedback);
    EXPECT_FALSE(story.period.contains(QStringLiteral("–")));
    e.endDate = QDate(2024, 12, 1);
    EXPECT_TRUE(storymaterial::draftStory(e).period.contains(QStringLiteral("–")));
}

} // namespace
} // namespace sb::test

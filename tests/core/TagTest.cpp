#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

using TagTest = TempBankTest;

QList<int64_t> storyHits(Bank& bank, const QString& text)
{
    QList<int64_t> ids;
    for (const SearchHit& hit : bank.search(text)) {
        if (hit.kind == SearchHit::Kind::Story)
            ids.append(hit.id);
    }
    return ids;
}

TEST_F(TagTest, EnsureTagCreatesOnceAndMatchesIgnoringCase)
{
    const TagId first = bank().ensureTag(QStringLiteral("Python"));
    const TagId again = bank().ensureTag(QStringLiteral("python"));
    EXPECT_EQ(first, again);
    EXPECT_EQ(bank().tags().size(), 1);
    EXPECT_EQ(bank().tag(first)->name, QStringLiteral("Python"));
}

TEST_F(TagTest, AddTagKeepsColourAndRefusesDuplicates)
{
    const TagId id = bank().addTag({TagId(), QStringLiteral("AWS"), QStringLiteral("#ff9900")});
    EXPECT_EQ(bank().tag(id)->colour, QStringLiteral("#ff9900"));
    EXPECT_THROW(bank().addTag({TagId(), QStringLiteral("aws"), QString()}), BankError);
    EXPECT_THROW(bank().addTag({TagId(), QString(), QString()}), BankError);
}

TEST_F(TagTest, TagsAreListedByName)
{
    bank().ensureTag(QStringLiteral("zeta"));
    bank().ensureTag(QStringLiteral("alpha"));
    const QList<Tag> all = bank().tags();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].name, QStringLiteral("alpha"));
}

TEST_F(TagTest, RenamingATagIsSeenBySearch)
{
    Story story = sampleStory();
    story.tags = {bank().ensureTag(QStringLiteral("kubernetes"))};
    const StoryId id = bank().addStory(story);
    Tag tag = *bank().tagNamed(QStringLiteral("kubernetes"));
    tag.name = QStringLiteral("orchestration");
    bank().updateTag(tag);

    EXPECT_TRUE(storyHits(bank(), QStringLiteral("kubernetes")).isEmpty());
    EXPECT_EQ(storyHits(bank(), QStringLiteral("orchestration")), QList<int64_t> {id.value});
}

TEST_F(TagTest, RemovingATagTakesItOffStoriesAndOutOfSearch)
{
    Story story = sampleStory();
    const TagId tag = bank().ensureTag(QStringLiteral("hackathon"));
    story.tags = {tag};
    const StoryId id = bank().addStory(story);
    ASSERT_EQ(storyHits(bank(), QStringLiteral("hackathon")), QList<int64_t> {id.value});

    bank().removeTag(tag);

    EXPECT_TRUE(bank().story(id)->tags.isEmpty());
    EXPECT_TRUE(storyHits(bank(), QStringLiteral("hackathon")).isEmpty());
    EXPECT_TRUE(bank().problems().isEmpty());
}

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST_F(TagTest, RemovedTagCanBeRestoredWithItsIdButNotTwice)
{
    const TagId id = bank().addTag({TagId(), QStringLiteral("sql"), QStringLiteral("#123456")});
    const Tag tag = *bank().tag(id);
    bank().removeTag(id);
    EXPECT_EQ(bank().restoreTag(tag), id);
    EXPECT_EQ(*bank().tag(id), tag);
    EXPECT_THROW(bank().restoreTag(tag), BankError);
}

TEST_F(TagTest, AddTagIgnoresAnIdItIsGiven)
{
    const TagId first = bank().ensureTag(QStringLiteral("first"));
    const TagId second = bank().addTag({first, QStringLiteral("second"), QString()});
    EXPECT_NE(second, first);
    EXPECT_EQ(bank().tags().size(), 2);
}

} // namespace
} // namespace sb::test

#include "core/BankError.h"
#include "tests/support/TempBank.h"

#include <QFile>
#include <QThread>

namespace sb::test {
namespace {

using StoryTest = TempBankTest;

// Compares everything but the fields the bank sets.
void expectSameContent(Story actual, Story expected)
{
    actual.id = expected.id = StoryId();
    actual.created = expected.created = QDateTime();
    actual.updated = expected.updated = QDateTime();
    EXPECT_EQ(actual, expected);
}

TEST_F(StoryTest, AddedStoryReadsBackFieldForField)
{
    Story story = sampleStory();
    story.tags = {
        bank().ensureTag(QStringLiteral("mobile")), bank().ensureTag(QStringLiteral("delivery"))};
    Category category;
    category.name = QStringLiteral("Leadership");
    story.categories = {bank().addCategory(category)};

    const StoryId id = bank().addStory(story);
    const auto stored = bank().story(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->id, id);
    expectSameContent(*stored, story);
    EXPECT_TRUE(stored->created.isValid());
}

TEST_F(StoryTest, StoriesListsAllInCreationOrder)
{
    const StoryId first = bank().addStory(sampleStory(QStringLiteral("First")));
    const StoryId second = bank().addStory(sampleStory(QStringLiteral("Second")));
    const QList<Story> all = bank().stories();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, first);
    EXPECT_EQ(all[1].id, second);
    EXPECT_EQ(all[1].cues, sampleStory().cues);
}

TEST_F(StoryTest, SummariesAreReadAPageAtATimeInIdOrder)
{
    QList<StoryId> ids;
    for (const char* title : {"One", "Two", "Three", "Four", "Five"})
        ids.append(bank().addStory(sampleStory(QString::fromUtf8(title))));
    bank().removeStory(ids[2]);
    const QList<StorySummary> first = bank().storySummaries(StoryId(), 2);
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0].id, ids[0]);
    EXPECT_EQ(first[1].title, QStringLiteral("Two"));
    const QList<StorySummary> rest = bank().storySummaries(first.last().id, -1);
    ASSERT_EQ(rest.size(), 2) << "the removed story leaves no gap in a page";
    EXPECT_EQ(rest[0].id, ids[3]);
    EXPECT_EQ(rest[1].id, ids[4]);
    EXPECT_TRUE(bank().storySummaries(ids[4], 10).isEmpty());
    EXPECT_EQ(bank().storySummaries(StoryId(), -1), bank().storySummaries());
}

TEST_F(StoryTest, UpdateChangesFieldsAndTheUpdatedTime)
{
    const StoryId id = bank().addStory(sampleStory());
    Story story = *bank().story(id);
    QThread::msleep(5); // timestamps have millisecond resolution
    story.result = QStringLiteral("Shipped on time.");
    story.cues = {QStringLiteral("only one cue")};
    story.status = StoryStatus::Draft;
    bank().updateStory(story);

    const Story stored = *bank().story(id);
    expectSameContent(stored, story);
    EXPECT_GT(stored.updated, stored.created);
}

TEST_F(StoryTest, SwitchingMethodKeepsEverySection)
{
    Story story = *bank().story(bank().addStory(sampleStory()));
    for (StoryMethod method : {StoryMethod::Carl, StoryMethod::Star, StoryMethod::StarL}) {
        story.method = method;
        bank().updateStory(story);
        const Story stored = *bank().story(story.id);
        EXPECT_EQ(stored.method, method);
        EXPECT_EQ(stored.situation, sampleStory().situation);
        EXPECT_EQ(stored.task, sampleStory().task);
        EXPECT_EQ(stored.learning, sampleStory().learning);
    }
}

TEST_F(StoryTest, RatingOutsideOneToFiveIsRefusedAndNothingIsWritten)
{
    Story story = sampleStory();
    story.confidence = 6;
    try {
        bank().addStory(story);
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::InvalidValue);
        EXPECT_TRUE(error.message().contains(QStringLiteral("Confidence")));
    }
    EXPECT_EQ(bank().stats().stories, 0);
}

TEST_F(StoryTest, FailedUpdateLeavesTheStoryAsItWas)
{
    const StoryId id = bank().addStory(sampleStory());
    Story story = *bank().story(id);
    story.title = QStringLiteral("Changed");
    story.categories = {CategoryId(12345)}; // no such category: the whole update must roll back
    EXPECT_THROW(bank().updateStory(story), BankError);
    EXPECT_EQ(bank().story(id)->title, sampleStory().title);
}

TEST_F(StoryTest, RemovingAStoryRemovesItsCuesTagsLinksAndPracticeButNotTheTag)
{
    Story story = sampleStory();
    const TagId tag = bank().ensureTag(QStringLiteral("kept"));
    story.tags = {tag};
    const StoryId id = bank().addStory(story);
    Question q;
    q.text = QStringLiteral("Tell me about a deadline.");
    const QuestionId question = bank().addQuestion(q);
    bank().link({id, question, LinkFit::Partial, QStringLiteral("angle")});
    PracticeRecord record;
    record.story = id;
    record.rating = 3;
    bank().addPracticeRecord(record);

    bank().removeStory(id);

    EXPECT_FALSE(bank().story(id).has_value());
    EXPECT_TRUE(bank().tag(tag).has_value());
    EXPECT_TRUE(bank().linksOfQuestion(question).isEmpty());
    EXPECT_TRUE(bank().practiceRecords().isEmpty());
    EXPECT_TRUE(bank().problems().isEmpty());
}

TEST_F(StoryTest, NewTagNamesAreCreatedWithTheStoryOrNotAtAll)
{
    Story bad = sampleStory();
    bad.categories = {CategoryId(404)}; // makes the insert fail inside the transaction
    EXPECT_THROW(bank().addStory(bad, {QStringLiteral("orphan")}), BankError);
    EXPECT_TRUE(bank().tags().isEmpty());
    EXPECT_EQ(bank().stats().stories, 0);
}

TEST_F(StoryTest, RemovingAMissingStoryReportsNoSuchItem)
{
    try {
        bank().removeStory(StoryId(7));
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::NoSuchItem);
        EXPECT_TRUE(error.message().contains(QStringLiteral("7")));
    }
}

TEST_F(StoryTest, StoriesSurviveClosingAndReopeningTheBank)
{
    const StoryId id = bank().addStory(sampleStory());
    closeBank();
    const auto reopened = Bank::open(bankPath());
    ASSERT_TRUE(reopened->story(id).has_value());
    expectSameContent(*reopened->story(id), sampleStory());
}

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST_F(StoryTest, SavedCopyOpensAsABankWithTheSameStories)
{
    const StoryId id = bank().addStory(sampleStory());
    const QString copy = pathFor(QStringLiteral("copy.storybank"));
    writeAll(copy, "an older file to be replaced");
    bank().saveCopy(copy);
    const auto copied = Bank::open(copy);
    EXPECT_EQ(copied->story(id)->title, sampleStory().title);
    EXPECT_TRUE(copied->problems().isEmpty());
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
}

} // namespace
} // namespace sb::test

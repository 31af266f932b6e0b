#include "core/BankError.h"
#include "tests/support/TempBank.h"

#include <QSignalSpy>

namespace sb::test {
namespace {

using NotificationTest = TempBankTest;
using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

BankChange changeAt(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(0).value<BankChange>();
}

TEST_F(NotificationTest, EachWriteAnnouncesOneChangeWithEntityKindAndId)
{
    QSignalSpy spy(&bank(), &Bank::changed);
    const StoryId id = bank().addStory(sampleStory());
    Story story = *bank().story(id);
    story.title = QStringLiteral("Renamed");
    bank().updateStory(story);
    bank().removeStory(id);

    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(changeAt(spy, 0).entity, Entity::Story);
    EXPECT_EQ(changeAt(spy, 0).kind, Kind::Added);
    EXPECT_EQ(changeAt(spy, 0).id, id.value);
    EXPECT_EQ(changeAt(spy, 1).kind, Kind::Updated);
    EXPECT_EQ(changeAt(spy, 2).kind, Kind::Removed);
}

TEST_F(NotificationTest, FailedWriteAnnouncesNothing)
{
    QSignalSpy spy(&bank(), &Bank::changed);
    EXPECT_THROW(bank().removeStory(StoryId(1)), BankError);
    Story bad = sampleStory();
    bad.impact = -1;
    EXPECT_THROW(bank().addStory(bad), BankError);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(NotificationTest, ChangeIsAnnouncedOnlyAfterCommit)
{
    // A second connection sees the new row from inside the slot only if it was committed.
    bank();
    const auto other = Bank::open(bankPath());
    int storiesSeenBySecondConnection = -1;
    QObject::connect(&bank(), &Bank::changed,
        [&](const BankChange&) { storiesSeenBySecondConnection = other->stats().stories; });
    bank().addStory(sampleStory());
    EXPECT_EQ(storiesSeenBySecondConnection, 1);
}

TEST_F(NotificationTest, LinkChangesNameTheStoryAndTheQuestion)
{
    const StoryId story = bank().addStory(sampleStory());
    Question q;
    q.text = QStringLiteral("Q?");
    const QuestionId question = bank().addQuestion(q);
    QSignalSpy spy(&bank(), &Bank::changed);
    bank().link({story, question, LinkFit::Strong, QString()});
    bank().unlink(story, question);
    bank().link({story, question, LinkFit::Strong, QString()});
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(changeAt(spy, 0).entity, Entity::Link);
    EXPECT_EQ(changeAt(spy, 0).kind, Kind::Added);
    EXPECT_EQ(changeAt(spy, 0).id, story.value);
    EXPECT_EQ(changeAt(spy, 0).otherId, question.value);
    EXPECT_EQ(changeAt(spy, 1).kind, Kind::Removed);
    EXPECT_EQ(changeAt(spy, 2).kind, Kind::Added);
}

TEST_F(NotificationTest, StoryWithNewTagNamesAnnouncesTheTagsItCreated)
{
    bank().ensureTag(QStringLiteral("existing"));
    QSignalSpy spy(&bank(), &Bank::changed);
    const StoryId id =
        bank().addStory(sampleStory(), {QStringLiteral("Existing"), QStringLiteral("brand new")});
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(changeAt(spy, 0).entity, Entity::Story);
    EXPECT_EQ(changeAt(spy, 1).entity, Entity::Tag);
    EXPECT_EQ(changeAt(spy, 1).kind, Kind::Added);
    EXPECT_EQ(bank().story(id)->tags.size(), 2);
    EXPECT_EQ(bank().tags().size(), 2);
}

} // namespace
} // namespace sb::test

#include "core/model/StorySections.h"
#include "core/BankError.h"
#include "core/analysis/SpeakingTime.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

TEST(StorySectionsTest, EachMethodShowsItsOwnSections)
{
    using S = StorySection;
    EXPECT_EQ(
        sectionsOf(StoryMethod::Star), (QList<S> {S::Situation, S::Task, S::Action, S::Result}));
    EXPECT_EQ(sectionsOf(StoryMethod::StarL).last(), S::Learning);
    EXPECT_EQ(
        sectionsOf(StoryMethod::Carl), (QList<S> {S::Context, S::Action, S::Result, S::Learning}));
}

TEST(StorySectionsTest, StarToCarlToStarGivesBackBothFieldsWhenContextIsNotEdited)
{
    Story story = sampleStory();
    const QString context = sectionText(story, StorySection::Context);
    EXPECT_TRUE(context.contains(story.situation));
    EXPECT_TRUE(context.contains(story.task));
    setSectionText(story, StorySection::Context, context); // the CARL editor writing back as is
    EXPECT_EQ(story.situation, sampleStory().situation);
    EXPECT_EQ(story.task, sampleStory().task);
}

TEST(StorySectionsTest, EditedContextKeepsEveryCharacterInTheSituation)
{
    Story story = sampleStory();
    const QString edited = sectionText(story, StorySection::Context) + QStringLiteral(" More.");
    setSectionText(story, StorySection::Context, edited);
    EXPECT_EQ(story.situation, edited);
    EXPECT_TRUE(story.task.isEmpty());
    EXPECT_EQ(sectionText(story, StorySection::Context), edited);
}

TEST(SpeakingTimeTest, CountsWordsAndConvertsAtTheStatedRate)
{
    EXPECT_EQ(speakingtime::words(QStringLiteral("I re-planned the sprint, didn't I? —")), 6);
    EXPECT_EQ(speakingtime::words(QString()), 0);
    EXPECT_EQ(speakingtime::seconds(speakingtime::kWordsPerMinute), 60);
    EXPECT_EQ(speakingtime::seconds(280), 120);
    EXPECT_EQ(speakingtime::clock(105), QStringLiteral("1:45"));
}

using RestoreStoryTest = TempBankTest;

TEST_F(RestoreStoryTest, RemovedStoryComesBackWithItsIdTagsAndLinks)
{
    Story story = sampleStory();
    story.tags = {bank().ensureTag(QStringLiteral("kept"))};
    const StoryId id = bank().addStory(story);
    Question question;
    question.text = QStringLiteral("Q?");
    const QuestionId questionId = bank().addQuestion(question);
    bank().link({id, questionId, LinkFit::Partial, QStringLiteral("angle")});
    const Story before = *bank().story(id);
    const QList<StoryQuestionLink> links = bank().linksOfStory(id);

    bank().removeStory(id);
    EXPECT_EQ(bank().restoreStory(before, links), id);

    const Story after = *bank().story(id);
    EXPECT_EQ(after.title, before.title);
    EXPECT_EQ(after.tags, before.tags);
    EXPECT_EQ(after.created, before.created);
    EXPECT_EQ(bank().linksOfStory(id), links);
    EXPECT_EQ(bank().search(QStringLiteral("trade")).size(), 1);
    EXPECT_THROW(bank().restoreStory(before, links), BankError);
}

} // namespace
} // namespace sb::test

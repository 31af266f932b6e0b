#include "core/analysis/StoryCoach.h"

#include <gtest/gtest.h>

namespace sb::test {
namespace {

// n words of plain text: no number, pronoun or vague phrase in it.
QString filler(int n, const QString& word = QStringLiteral("refactored"))
{
    QStringList words;
    for (int i = 0; i < n; ++i)
        words.append(word);
    return words.join(u' ');
}

// A ready STAR story of about a minute and a half that no rule has anything to say about.
Story goodStory()
{
    Story story;
    story.id = StoryId(7);
    story.title = QStringLiteral("Rescued the release");
    story.status = StoryStatus::Ready;
    story.situation = filler(20, QStringLiteral("context"));
    story.task = filler(20, QStringLiteral("goal"));
    story.action = QStringLiteral("I ") + filler(150);
    story.result = QStringLiteral("Cut the build time by 40% within 3 weeks.");
    story.learning = QStringLiteral("Measure before optimising.");
    return story;
}

CoachContext linked()
{
    CoachContext context;
    context.isLinked = true;
    return context;
}

class StoryCoachTest : public ::testing::Test {
protected:
    QList<CoachFinding> findings(
        const Story& story, const QString& rule, const CoachContext& context = linked()) const
    {
        QList<CoachFinding> found;
        for (const CoachFinding& finding : m_coach.review(story, context)) {
            if (finding.rule == rule)
                found.append(finding);
        }
        return found;
    }

    StoryCoach m_coach;
};

TEST_F(StoryCoachTest, AWellShapedLinkedStoryHasNoFindings)
{
    EXPECT_TRUE(m_coach.review(goodStory(), linked()).isEmpty());
}

TEST_F(StoryCoachTest, EveryFindingCarriesTheStoryRuleMessageAndExplanation)
{
    Story story = goodStory();
    story.result.clear();
    const QList<CoachFinding> all = m_coach.review(story, linked());
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].story, StoryId(7));
    EXPECT_EQ(all[0].rule, QStringLiteral("empty-result"));
    EXPECT_FALSE(all[0].message.isEmpty());
    EXPECT_FALSE(all[0].message.contains(u'\n'));
    EXPECT_FALSE(all[0].explanation.isEmpty());
    EXPECT_TRUE(m_coach.ruleIds().contains(all[0].rule));
}

TEST_F(StoryCoachTest, ContextOverThirtyPercentIsTooMuchAndPointsAtTheSituation)
{
    Story story = goodStory();
    story.situation = filler(60, QStringLiteral("context")); // 80 of 240 words: 33%
    const auto found = findings(story, QStringLiteral("too-much-context"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].section, StorySection::Situation);
    EXPECT_EQ(found[0].start, 0);
    EXPECT_EQ(found[0].length, story.situation.size());
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("33%"))) << found[0].message.toStdString();
}

TEST_F(StoryCoachTest, TooMuchContextPointsAtTheTaskWhenItHoldsMoreOfTheSetUp)
{
    Story story = goodStory();
    story.task = filler(60, QStringLiteral("goal"));
    const auto found = findings(story, QStringLiteral("too-much-context"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].section, StorySection::Task);
    EXPECT_EQ(found[0].length, story.task.size());
}

TEST_F(StoryCoachTest, TooMuchContextInACarlStoryPointsAtTheContextField)
{
    Story story = goodStory();
    story.method = StoryMethod::Carl;
    story.situation = filler(60, QStringLiteral("context"));
    const auto found = findings(story, QStringLiteral("too-much-context"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].section, StorySection::Context);
    EXPECT_EQ(found[0].length, sectionText(story, StorySection::Context).size());
}

TEST_F(StoryCoachTest, ContextUpToThirtyPercentIsFine)
{
    Story story = goodStory();
    story.situation = filler(30, QStringLiteral("context"));
    story.task = filler(30, QStringLiteral("goal"));
    story.action = QStringLiteral("I ") + filler(136); // 60 of exactly 200 words
    story.result = QStringLiteral("Saved 3 days.");
    EXPECT_TRUE(findings(story, QStringLiteral("too-much-context")).isEmpty());
}

TEST_F(StoryCoachTest, AResultWithoutAnyFigureIsFlaggedAsAWhole)
{
    Story story = goodStory();
    story.result = QStringLiteral("Someone thanked me and the team was happier.");
    const auto found = findings(story, QStringLiteral("no-numbers-in-result"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].section, StorySection::Result);
    EXPECT_EQ(found[0].start, 0);
    EXPECT_EQ(found[0].length, story.result.size());
}

TEST_F(StoryCoachTest, DigitsPercentagesAmountsDurationsAndNumberWordsCountAsFigures)
{
    for (const QString& result : {QStringLiteral("Cut costs by $40k."),
             QStringLiteral("Errors fell by 12%."), QStringLiteral("Shipped 3 weeks early."),
             QStringLiteral("Took three weeks less."), QStringLiteral("Doubled the throughput."),
             QStringLiteral("Half the tickets went away."),
             QStringLiteral("A dozen teams adopted it."),
             QStringLiteral("Saved a Hundred hours.")}) {
        Story story = goodStory();
        story.result = result;
        EXPECT_TRUE(findings(story, QStringLiteral("no-numbers-in-result")).isEmpty())
            << result.toStdString();
    }
}

TEST_F(StoryCoachTest, AnEmptyResultIsFlaggedOnceWhateverTheMethod)
{
    for (const StoryMethod method : {StoryMethod::Star, StoryMethod::StarL, StoryMethod::Carl}) {
        Story story = goodStory();
        story.method = method;
        story.result = QStringLiteral("  \n ");
        const auto found = findings(story, QStringLiteral("empty-result"));
        ASSERT_EQ(found.size(), 1);
        EXPECT_EQ(found[0].section, StorySection::Result);
        EXPECT_EQ(found[0].start, 0);
        // The empty result is not also reported as a result without numbers.
        EXPECT_TRUE(findings(story, QStringLiteral("no-numbers-in-result")).isEmpty());
    }
    EXPECT_TRUE(findings(goodStory(), QStringLiteral("empty-result")).isEmpty());
}

TEST_F(StoryCoachTest, WeMoreOftenThanIInTheActionPointsAtTheFirstWe)
{
    Story story = goodStory();
    story.action = QStringLiteral("First, we're told to wait. Our plan: I ask, and we ship it.");
    const auto found = findings(story, QStringLiteral("we-instead-of-i"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].section, StorySection::Action);
    EXPECT_EQ(found[0].start, story.action.indexOf(QStringLiteral("we")));
    EXPECT_EQ(found[0].length, 2);
}

TEST_F(StoryCoachTest, WeIsFineWhenRareOrNoMoreFrequentThanI)
{
    Story story = goodStory();
    story.action = QStringLiteral("We had a deadline and I rewrote the importer.");
    EXPECT_TRUE(findings(story, QStringLiteral("we-instead-of-i")).isEmpty());
    // A single "we" is how team stories sound, even with no "I" beside it.
    story.action = QStringLiteral("Then we shipped the fix.");
    EXPECT_TRUE(findings(story, QStringLiteral("we-instead-of-i")).isEmpty());
    story.action = QStringLiteral("We agreed that I would lead; my plan let us ship.");
    EXPECT_TRUE(findings(story, QStringLiteral("we-instead-of-i")).isEmpty());
    // Words that merely contain "we" or "us" are not pronouns.
    story.action = QStringLiteral("On Wednesday the users were weary; I answered.");
    EXPECT_TRUE(findings(story, QStringLiteral("we-instead-of-i")).isEmpty());
    // Only the action counts: a team-heavy situation is not the teller hiding.
    story.action = QStringLiteral("I ") + filler(150);
    story.situation = QStringLiteral("We were late and our client told us so.");
    EXPECT_TRUE(findings(story, QStringLiteral("we-instead-of-i")).isEmpty());
}

TEST_F(StoryCoachTest, AStarLOrCarlStoryWithoutLearningIsFlaggedAtTheLearning)
{
    for (const StoryMethod method : {StoryMethod::StarL, StoryMethod::Carl}) {
        Story story = goodStory();
        story.method = method;
        story.learning = QStringLiteral(" ");
        const auto found = findings(story, QStringLiteral("missing-learning"));
        ASSERT_EQ(found.size(), 1);
        EXPECT_EQ(found[0].section, StorySection::Learning);
        EXPECT_EQ(found[0].start, 0);
    }
}

TEST_F(StoryCoachTest, LearningIsNotAskedOfStarOrWhenWritten)
{
    Story star = goodStory();
    star.learning.clear();
    EXPECT_TRUE(findings(star, QStringLiteral("missing-learning")).isEmpty());
    Story carl = goodStory();
    carl.method = StoryMethod::Carl;
    EXPECT_TRUE(findings(carl, QStringLiteral("missing-learning")).isEmpty());
}

TEST_F(StoryCoachTest, AStoryOverOneAndAHalfTimesTheTargetIsTooLong)
{
    Story story = goodStory();
    story.action = QStringLiteral("I ") + filler(400); // about 3:13 against 2:00
    const auto found = findings(story, QStringLiteral("too-long"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_FALSE(found[0].section.has_value());
    EXPECT_EQ(found[0].start, -1);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("2:00")));
    EXPECT_TRUE(findings(story, QStringLiteral("too-short")).isEmpty());

    CoachContext longer = linked();
    longer.targetSeconds = 300;
    EXPECT_TRUE(findings(story, QStringLiteral("too-long"), longer).isEmpty());
}

TEST_F(StoryCoachTest, AStoryUnderHalfTheTargetIsTooShortButAnEmptyOneIsNot)
{
    Story story = goodStory();
    story.action = QStringLiteral("I fixed it.");
    const auto found = findings(story, QStringLiteral("too-short"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_FALSE(found[0].section.has_value());
    EXPECT_EQ(found[0].start, -1);

    CoachContext shorter = linked();
    shorter.targetSeconds = 60;
    EXPECT_TRUE(findings(goodStory(), QStringLiteral("too-short"), shorter).isEmpty());

    Story empty;
    empty.id = StoryId(1);
    EXPECT_TRUE(findings(empty, QStringLiteral("too-short")).isEmpty());
}

TEST_F(StoryCoachTest, OnlyTheMethodsSectionsCountTowardsLength)
{
    Story story = goodStory();
    story.learning = filler(400); // not spoken in a STAR story
    EXPECT_TRUE(findings(story, QStringLiteral("too-long")).isEmpty());
    story.method = StoryMethod::StarL;
    EXPECT_EQ(findings(story, QStringLiteral("too-long")).size(), 1);
}

TEST_F(StoryCoachTest, EachVaguePhraseInTheActionIsAFindingAtItsPlace)
{
    Story story = goodStory();
    story.action =
        QStringLiteral("I Helped  With the launch,\nkind of led it and worked on various fixes.");
    const auto found = findings(story, QStringLiteral("vague-language"));
    ASSERT_EQ(found.size(), 4);
    const QStringList phrases {QStringLiteral("Helped  With"), QStringLiteral("kind of"),
        QStringLiteral("worked on"), QStringLiteral("various")};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(found[i].section, StorySection::Action);
        EXPECT_EQ(found[i].start, story.action.indexOf(phrases[i]));
        EXPECT_EQ(found[i].length, phrases[i].size());
        EXPECT_TRUE(found[i].message.contains(phrases[i]));
    }
}

TEST_F(StoryCoachTest, VagueWordsInsideOtherWordsOrOutsideTheActionAreFine)
{
    Story story = goodStory();
    story.action = QStringLiteral("I worked online, helped without pay and tried tomatoes.");
    story.situation = QStringLiteral("I was involved in various things.");
    EXPECT_TRUE(findings(story, QStringLiteral("vague-language")).isEmpty());
}

TEST_F(StoryCoachTest, AReadyStoryWithNoLinkOrCategoryIsUnlinked)
{
    const auto found = findings(goodStory(), QStringLiteral("unlinked"), CoachContext {});
    ASSERT_EQ(found.size(), 1);
    EXPECT_FALSE(found[0].section.has_value());
    EXPECT_EQ(found[0].start, -1);
}

TEST_F(StoryCoachTest, DraftsAndLinkedStoriesAreNotUnlinked)
{
    Story draft = goodStory();
    draft.status = StoryStatus::Draft;
    EXPECT_TRUE(findings(draft, QStringLiteral("unlinked"), CoachContext {}).isEmpty());
    EXPECT_TRUE(findings(goodStory(), QStringLiteral("unlinked"), linked()).isEmpty());
}

TEST_F(StoryCoachTest, DismissedRulesAreLeftOutAndOthersStay)
{
    Story story = goodStory();
    story.action = QStringLiteral("I helped with it and tried to fix it. ") + filler(140);
    CoachContext context;
    context.dismissed = {QStringLiteral("vague-language")};
    const QList<CoachFinding> all = m_coach.review(story, context);
    QStringList rules;
    for (const CoachFinding& finding : all)
        rules.append(finding.rule);
    EXPECT_EQ(rules, QStringList {QStringLiteral("unlinked")});
}

} // namespace
} // namespace sb::test

#include "core/sheet/CueDeriver.h"

#include "tests/support/TempBank.h"

#include <gtest/gtest.h>

#include <string>

namespace sb::test {
namespace {

std::string sentenceOf(const char* text)
{
    return CueDeriver::firstSentence(QString::fromUtf8(text)).toStdString();
}

std::string shortened(const char* text)
{
    return CueDeriver::shorten(QString::fromUtf8(text)).toStdString();
}

std::vector<std::string> cuesOf(const Story& story)
{
    std::vector<std::string> cues;
    for (const QString& cue : CueDeriver::derive(story))
        cues.push_back(cue.toStdString());
    return cues;
}

TEST(CueDeriverTest, FirstSentenceEndsAtAStopOrALineBreak)
{
    EXPECT_EQ(sentenceOf("Our release was late. Then we fixed it."), "Our release was late.");
    EXPECT_EQ(sentenceOf("Why now? Because the show was close."), "Why now?");
    EXPECT_EQ(sentenceOf("  Late release\nThen a fix."), "Late release");
    EXPECT_EQ(sentenceOf("Version 2.5 shipped. Next"), "Version 2.5 shipped.");
    EXPECT_EQ(sentenceOf("No stop at all"), "No stop at all");
    EXPECT_EQ(sentenceOf("   "), "");
}

TEST(CueDeriverTest, AnAbbreviationBeforeASmallLetterDoesNotEndTheSentence)
{
    EXPECT_EQ(sentenceOf("We moved tools, e.g. the build server. Then more."),
        "We moved tools, e.g. the build server.");
}

TEST(CueDeriverTest, ChineseAndJapaneseStopsEndASentenceWithoutASpace)
{
    EXPECT_EQ(sentenceOf("我们迟了三周。后来按时发布。"), "我们迟了三周。");
    EXPECT_EQ(sentenceOf("間に合った！よかった"), "間に合った！");
}

TEST(CueDeriverTest, ShortSentenceStaysWholeWithoutItsFullStop)
{
    EXPECT_EQ(shortened("Our mobile release was three weeks late."),
        "Our mobile release was three weeks late");
    EXPECT_EQ(shortened("Why did it slip?"), "Why did it slip?");
    EXPECT_EQ(shortened("We waited..."), "We waited...");
    EXPECT_EQ(shortened(""), "");
}

TEST(CueDeriverTest, LongSentenceIsCutAfterEightWordsWithAnEllipsis)
{
    EXPECT_EQ(shortened("I cut scope with product and paired on the riskiest module."),
        "I cut scope with product and paired on…");
    // Punctuation left hanging at the cut goes.
    EXPECT_EQ(shortened("First we met, then we planned, and then, we shipped."),
        "First we met, then we planned, and then…");
}

TEST(CueDeriverTest, WhitespaceIsNormalized)
{
    EXPECT_EQ(shortened("  Cut \t scope\n early  "), "Cut scope early");
}

TEST(CueDeriverTest, TextWithoutSpacesIsCutByCharacters)
{
    // Twenty characters of Chinese: the first sixteen are kept.
    EXPECT_EQ(shortened("我们在发布前三周重新规划了整个项目的范围和时间表"),
        "我们在发布前三周重新规划了整个项…");
    EXPECT_EQ(shortened("我们迟了三周。"), "我们迟了三周");
    const QString endless = QString(70, u'a');
    EXPECT_EQ(CueDeriver::shorten(endless), QString(60, u'a') + QChar(0x2026));
}

TEST(CueDeriverTest, CuttingByCharactersNeverSplitsACharacter)
{
    // The sixteenth character lies outside the basic plane: two UTF-16 units, kept together.
    const QString cue =
        CueDeriver::shorten(QString::fromUtf8("我们在发布前三周重新规划了整个𠀀项目"));
    EXPECT_EQ(cue, QString::fromUtf8("我们在发布前三周重新规划了整个𠀀…"));
}

TEST(CueDeriverTest, StarLStoryGivesSettingActionResultAndLearning)
{
    const Story story = sampleStory();
    ASSERT_EQ(story.method, StoryMethod::StarL);
    EXPECT_EQ(cuesOf(story),
        (std::vector<std::string> {"Our mobile release was three weeks late",
            "I cut scope with product and paired on…",
            "We shipped two days early; crash rate fell…", "Cut scope early, not late"}));
}

TEST(CueDeriverTest, SituationAndTaskMakeOneCueAndStarLeavesOutTheLearning)
{
    Story story = sampleStory();
    story.method = StoryMethod::Star;
    const std::vector<std::string> cues = cuesOf(story);
    ASSERT_EQ(cues.size(), 3U);
    EXPECT_EQ(cues[0], "Our mobile release was three weeks late");
    EXPECT_EQ(cues[2], "We shipped two days early; crash rate fell…");
}

TEST(CueDeriverTest, SettingComesFromTheTaskWhenThereIsNoSituation)
{
    Story story = sampleStory();
    story.situation.clear();
    EXPECT_EQ(cuesOf(story).front(), "As tech lead I had to get it…");
    story.method = StoryMethod::Carl;
    EXPECT_EQ(cuesOf(story).front(), "As tech lead I had to get it…");
}

TEST(CueDeriverTest, EmptySectionsGiveNoCue)
{
    Story story;
    story.method = StoryMethod::Carl;
    EXPECT_TRUE(CueDeriver::derive(story).isEmpty());
    story.result = QStringLiteral("  Shipped.  ");
    EXPECT_EQ(cuesOf(story), (std::vector<std::string> {"Shipped"}));
}

TEST(CueDeriverTest, NeverMoreThanFourCues)
{
    Story story = sampleStory();
    for (const StoryMethod method : {StoryMethod::Star, StoryMethod::StarL, StoryMethod::Carl}) {
        story.method = method;
        EXPECT_LE(CueDeriver::derive(story).size(), CueDeriver::kMaxCues);
    }
}

} // namespace
} // namespace sb::test

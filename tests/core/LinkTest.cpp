#include "core/BankError.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

class LinkTest : public TempBankTest {
protected:
    QuestionId addQuestion(const QString& text)
    {
        Question q;
        q.text = text;
        return bank().addQuestion(q);
    }
};

TEST_F(LinkTest, OneStoryAnswersManyQuestionsWithFitAndAngle)
{
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId failure = addQuestion(QStringLiteral("Tell me about a failure."));
    const QuestionId pressure = addQuestion(QStringLiteral("How do you work under pressure?"));
    bank().link({story, failure, LinkFit::Partial, QStringLiteral("Stress the late start")});
    bank().link({story, pressure, LinkFit::Strong, QStringLiteral("Focus on the trade show")});

    const QList<StoryQuestionLink> links = bank().linksOfStory(story);
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links[0],
        (StoryQuestionLink {
            story, failure, LinkFit::Partial, QStringLiteral("Stress the late start")}));
    EXPECT_EQ(links[1].fit, LinkFit::Strong);
    EXPECT_EQ(bank().linksOfQuestion(pressure).size(), 1);
    EXPECT_EQ(bank().stats().links, 2);
}

TEST_F(LinkTest, LinkingAgainChangesFitAndAngleInsteadOfDuplicating)
{
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId question = addQuestion(QStringLiteral("Describe a conflict."));
    bank().link({story, question, LinkFit::Partial, QStringLiteral("old")});
    bank().link({story, question, LinkFit::Strong, QStringLiteral("new")});
    EXPECT_EQ(bank().stats().links, 1);
    EXPECT_EQ(*bank().linkBetween(story, question),
        (StoryQuestionLink {story, question, LinkFit::Strong, QStringLiteral("new")}));
}

TEST_F(LinkTest, UnlinkRemovesOnlyThatLink)
{
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId a = addQuestion(QStringLiteral("A?"));
    const QuestionId b = addQuestion(QStringLiteral("B?"));
    bank().link({story, a, LinkFit::Strong, QString()});
    bank().link({story, b, LinkFit::Strong, QString()});
    bank().unlink(story, a);
    EXPECT_FALSE(bank().linkBetween(story, a).has_value());
    EXPECT_TRUE(bank().linkBetween(story, b).has_value());
    EXPECT_THROW(bank().unlink(story, a), BankError);
}

TEST_F(LinkTest, LinksListsEveryLinkOfTheBankByStoryThenQuestion)
{
    const StoryId first = bank().addStory(sampleStory());
    const StoryId second = bank().addStory(sampleStory(QStringLiteral("Second")));
    const QuestionId a = addQuestion(QStringLiteral("A?"));
    const QuestionId b = addQuestion(QStringLiteral("B?"));
    bank().link({second, a, LinkFit::Partial, QStringLiteral("short")});
    bank().link({first, b, LinkFit::Strong, QString()});
    bank().link({first, a, LinkFit::Strong, QString()});
    EXPECT_EQ(bank().links(),
        (QList<StoryQuestionLink> {{first, a, LinkFit::Strong, QString()},
            {first, b, LinkFit::Strong, QString()},
            {second, a, LinkFit::Partial, QStringLiteral("short")}}));
}

TEST_F(LinkTest, LinkToMissingStoryOrQuestionNamesWhatIsMissing)
{
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId question = addQuestion(QStringLiteral("Q?"));
    try {
        bank().link({StoryId(99), question, LinkFit::Strong, QString()});
        FAIL();
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::NoSuchItem);
        EXPECT_TRUE(error.message().contains(QStringLiteral("story")));
    }
    try {
        bank().link({story, QuestionId(99), LinkFit::Strong, QString()});
        FAIL();
    } catch (const BankError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("question")));
    }
    EXPECT_EQ(bank().stats().links, 0);
}

} // namespace
} // namespace sb::test

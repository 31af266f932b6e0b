#include "core/exchange/MarkdownImporter.h"

#include "tests/core/MarkdownImportFixtures.h"

#include <gtest/gtest.h>

// The shapes interview notes take in the wild (issue 5): questions as headings and list items,
// categories, variants, talking points, Obsidian's extras. Stories: MarkdownImporterStoryTest.
namespace sb::test {
namespace {

TEST(MarkdownImporterTest, HeadingQuestionsLoseTheirNumberAndTakeTheCategoryAbove)
{
    const ImportDocument doc = importFixture(QStringLiteral("headings-star.md"));
    ASSERT_EQ(doc.questions.size(), 3) << describe(doc);
    const ImportedQuestion& lead = doc.questions.at(0);
    EXPECT_EQ(lead.question.id, QuestionId(1));
    EXPECT_EQ(lead.question.text,
        QStringLiteral("Describe a time you took the lead on a project nobody owned."));
    EXPECT_EQ(lead.categoryNames, strings({"Leadership and Initiative"}));
    EXPECT_EQ(lead.line, 7);
    EXPECT_EQ(lead.question.kind, QuestionKind::Behavioral);
    EXPECT_TRUE(lead.question.notes.isEmpty());
    EXPECT_EQ(doc.questions.at(1).question.id, QuestionId(2));
    // "## Results-Oriented Questions": the trailing "Questions" is not part of the category.
    EXPECT_EQ(doc.questions.at(2).categoryNames, strings({"Results-Oriented"}));
    EXPECT_EQ(doc.source, QStringLiteral("headings-star.md"));
    EXPECT_TRUE(doc.warnings.isEmpty()) << describe(doc);
}

TEST(MarkdownImporterTest, ListItemsThatReadLikeQuestionsAreQuestionsOfTheirCategory)
{
    const ImportDocument doc = importFixture(QStringLiteral("list-questions.md"));
    const QStringList teamwork = strings({"Teamwork"});
    // Italic, bold and quoted, plain without "?" (an opener and four words), plain with "?".
    EXPECT_EQ(
        questionTexted(doc, QStringLiteral("Tell me about a time you disagreed with your manager."))
            .categoryNames,
        teamwork);
    EXPECT_EQ(questionTexted(doc,
                  QStringLiteral("Describe a situation where you had to work with a difficult "
                                 "colleague."))
                  .categoryNames,
        teamwork);
    EXPECT_EQ(questionTexted(doc, QStringLiteral("Why do you want to leave your current job"))
                  .categoryNames,
        teamwork);
    const ImportedQuestion weakness =
        questionTexted(doc, QStringLiteral("What is your greatest weakness?"));
    // The nested bullet is its talking point, not a question.
    EXPECT_EQ(weakness.question.notes,
        QStringLiteral("- I over-prepare; I now timebox preparation to a day."));
    EXPECT_EQ(weakness.line, 10);
    for (const ImportedQuestion& question : doc.questions) {
        EXPECT_NE(question.question.text, QStringLiteral("Keep answers short"));
        EXPECT_NE(question.question.text, QStringLiteral("Lunch at noon"));
    }
}

TEST(MarkdownImporterTest, NumberedListAfterAQuestionsIntroGivesQuestions)
{
    const ImportDocument doc = importFixture(QStringLiteral("list-questions.md"));
    const ImportedQuestion walk =
        questionTexted(doc, QStringLiteral("Walk me through a project you are proud of."));
    EXPECT_EQ(walk.line, 16);
    EXPECT_TRUE(walk.question.notes.isEmpty());
    questionTexted(doc, QStringLiteral("How do you handle tight deadlines?"));
    EXPECT_EQ(doc.questions.size(), 8) << describe(doc);
}

TEST(MarkdownImporterTest, QuestionsOnOneIntroLineAreSplitAtTheirNumbers)
{
    const ImportDocument doc = importMarkdown(
        "Other questions to practise: 1. Tell me about a failure. 2. How do you learn?\n");
    ASSERT_EQ(doc.questions.size(), 2) << describe(doc);
    EXPECT_EQ(doc.questions.at(0).question.text, QStringLiteral("Tell me about a failure."));
    EXPECT_EQ(doc.questions.at(1).question.text, QStringLiteral("How do you learn?"));
}

TEST(MarkdownImporterTest, QuestionsUnderAHypotheticalsHeadingAreHypothetical)
{
    const ImportDocument doc = importFixture(QStringLiteral("list-questions.md"));
    const ImportedQuestion friday = questionTexted(doc,
        QStringLiteral("What would you do if a release broke production on a Friday evening?"));
    EXPECT_EQ(friday.categoryNames, strings({"Hypotheticals"}));
    EXPECT_EQ(friday.question.kind, QuestionKind::Hypothetical);
    EXPECT_EQ(
        questionTexted(doc, QStringLiteral("How do you handle tight deadlines?")).question.kind,
        QuestionKind::Behavioral);
}

TEST(MarkdownImporterTest, BulletAnswersWithoutLabelsBecomeTheQuestionsNotes)
{
    const ImportDocument doc = importFixture(QStringLiteral("talking-points.md"));
    const ImportedQuestion yourself = questionTexted(doc, QStringLiteral("Tell me about yourself"));
    EXPECT_EQ(yourself.categoryNames, strings({"About you"}));
    // The same question further down is the same question: its notes are added.
    EXPECT_EQ(yourself.question.notes,
        QStringLiteral("- Ten years in backend engineering\n"
                       "- Last three years leading a team of six\n"
                       "  - hiring, mentoring\n"
                       "- Looking for a staff role\n\n"
                       "- Mention the open-source work"));
    EXPECT_EQ(doc.questions.size(), 3) << describe(doc);
    EXPECT_TRUE(doc.stories.isEmpty()) << describe(doc);
}

TEST(MarkdownImporterTest, PhrasingsSeparatedBySlashesBecomeVariants)
{
    const ImportDocument doc = importFixture(QStringLiteral("talking-points.md"));
    const ImportedQuestion yourself = questionTexted(doc, QStringLiteral("Tell me about yourself"));
    EXPECT_EQ(
        yourself.question.variants, strings({"Walk me through your CV", "Introduce yourself"}));
}

TEST(MarkdownImporterTest, BlockquoteAndAnswerLabelBecomeNotes)
{
    const ImportDocument doc = importFixture(QStringLiteral("talking-points.md"));
    EXPECT_EQ(questionTexted(doc, QStringLiteral("Why do you want to work here?")).question.notes,
        QStringLiteral("I have used the product for years and I want to work on the search "
                       "team.\nThe engineering blog convinced me."));
    EXPECT_EQ(
        questionTexted(doc, QStringLiteral("What are your salary expectations?")).question.notes,
        QStringLiteral("- Research the range first\n- Give a band, not a number"));
}

TEST(MarkdownImporterTest, ObsidianFrontMatterWikiLinksMarksAndCommentsAreRead)
{
    const ImportDocument doc = importFixture(QStringLiteral("obsidian.md"));
    ASSERT_EQ(doc.questions.size(), 1) << describe(doc);
    // Lines count from the top of the file, front matter included.
    EXPECT_EQ(doc.questions.at(0).line, 11);
    EXPECT_EQ(doc.questions.at(0).question.text,
        QStringLiteral("Give me an example of saving the company money."));
    ASSERT_EQ(doc.stories.size(), 1);
    const ImportedStory& story = doc.stories.at(0);
    // The front matter's title names the one untitled story.
    EXPECT_EQ(story.story.title, QStringLiteral("Cutting cloud costs"));
    EXPECT_EQ(story.story.situation,
        QStringLiteral("Our cloud bill doubled in a year. Nobody owned it. #cost-control"));
    EXPECT_EQ(story.story.action,
        QStringLiteral("Tagged every resource and deleted idle volumes with the Platform team."));
    // Front-matter tags, then the story's own hashtags.
    EXPECT_EQ(story.tagNames, strings({"infra", "finops", "cost-control"}));
    EXPECT_TRUE(doc.warnings.isEmpty()) << describe(doc);
}

TEST(MarkdownImporterTest, EntitiesAreDecodedAndHtmlBlocksDropped)
{
    const ImportDocument doc = importMarkdown("<div class=\"tip\">\nignored\n</div>\n\n"
                                              "### Tell me about R&amp;D &#8211; or &#x41;I?\n\n"
                                              "- Fish &amp; chips\n");
    ASSERT_EQ(doc.questions.size(), 1) << describe(doc);
    EXPECT_EQ(
        doc.questions.at(0).question.text, QString::fromUtf8("Tell me about R&D \u2013 or AI?"));
    EXPECT_EQ(doc.questions.at(0).question.notes, QStringLiteral("- Fish & chips"));
}

TEST(MarkdownImporterTest, InlineFrontMatterTagsTagEveryStoryButNotReferences)
{
    const ImportDocument doc = importMarkdown("---\ntags: [go, \"#launch\"]\n---\n"
                                              "### Tell me about a launch.\n\n"
                                              "#### Story: One\nSituation: a\n\n"
                                              "#### Story: Two\nSituation: b #Go\n\n"
                                              "STORY: Elsewhere\n");
    ASSERT_EQ(doc.stories.size(), 3) << describe(doc);
    EXPECT_EQ(doc.stories.at(0).tagNames, strings({"go", "launch"}));
    // "#Go" is the front matter's "go" again.
    EXPECT_EQ(doc.stories.at(1).tagNames, strings({"go", "launch"}));
    EXPECT_TRUE(doc.stories.at(2).reference);
    EXPECT_TRUE(doc.stories.at(2).tagNames.isEmpty());
    EXPECT_EQ(doc.questions.at(0).line, 4);
}

TEST(MarkdownImporterTest, ANoteOpeningWithAHorizontalRuleHasNoFrontMatter)
{
    const ImportDocument doc = importMarkdown("---\n"
                                              "### Why do you want this job?\n\n"
                                              "Growth and the team.\n\n"
                                              "---\n");
    ASSERT_EQ(doc.questions.size(), 1) << describe(doc);
    EXPECT_EQ(doc.questions.at(0).question.notes, QStringLiteral("Growth and the team."));
    EXPECT_EQ(doc.questions.at(0).line, 2);
}

TEST(MarkdownImporterTest, CodeBlocksAndTaskItemsAreKeptAsNotes)
{
    const ImportDocument doc = importMarkdown("### How would you design a rate limiter?\n\n"
                                              "- [ ] token bucket\n"
                                              "- [x] sliding window\n\n"
                                              "```\nlimit = 100\n  burst = 10\n```\n");
    ASSERT_EQ(doc.questions.size(), 1) << describe(doc);
    EXPECT_EQ(doc.questions.at(0).question.notes,
        QStringLiteral("- token bucket\n- sliding window\n\nlimit = 100\n  burst = 10"));
}

TEST(MarkdownImporterTest, WindowsLineEndingsReadTheSameAsUnixOnes)
{
    QByteArray unix = importFixtureBytes(QStringLiteral("label-spellings.md"));
    QByteArray windows = unix;
    windows.replace("\n", "\r\n");
    const ImportDocument a = MarkdownImporter::parse(unix, QStringLiteral("a.md"));
    const ImportDocument b = MarkdownImporter::parse(windows, QStringLiteral("a.md"));
    EXPECT_EQ(a, b) << describe(a) << "\n---\n" << describe(b);
}

} // namespace
} // namespace sb::test

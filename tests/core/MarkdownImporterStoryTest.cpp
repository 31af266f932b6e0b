#include "core/exchange/MarkdownImporter.h"

#include "tests/core/MarkdownImportFixtures.h"

#include <gtest/gtest.h>

// Stories in wild interview notes (issue 5): STAR/STAR+L/CARL labels in their spellings, story
// titles, and "STORY:" references.
namespace sb::test {
namespace {

TEST(MarkdownImporterStoryTest, StarSubHeadingsUnderAQuestionMakeAStoryLinkedToIt)
{
    const ImportDocument doc = importFixture(QStringLiteral("headings-star.md"));
    ASSERT_EQ(doc.stories.size(), 4) << describe(doc);
    const ImportedStory& story = doc.stories.at(0);
    EXPECT_EQ(story.story.id, StoryId(1));
    EXPECT_FALSE(story.reference);
    // No title in the notes: the first words of the situation.
    EXPECT_EQ(story.story.title, QStringLiteral("Our billing service had no owner after the…"));
    EXPECT_EQ(story.story.method, StoryMethod::Star);
    EXPECT_EQ(story.story.situation,
        QStringLiteral("Our billing service had no owner after the platform team was dissolved.\n"
                       "Invoices failed silently every month end."));
    EXPECT_EQ(story.story.task, QStringLiteral("Get billing stable before the Q3 audit."));
    EXPECT_EQ(story.story.action,
        QStringLiteral("- Wrote a one-page proposal\n- Rotated on-call with two volunteers"));
    EXPECT_EQ(story.story.result, QStringLiteral("Zero failed invoice runs for six months."));
    EXPECT_TRUE(story.story.learning.isEmpty());
    EXPECT_EQ(story.line, 9);
    ASSERT_EQ(story.links.size(), 1);
    EXPECT_EQ(story.links.at(0).story, StoryId(1));
    EXPECT_EQ(story.links.at(0).question, QuestionId(1));
    EXPECT_EQ(story.links.at(0).fit, LinkFit::Strong);
    EXPECT_TRUE(story.links.at(0).angle.isEmpty());
}

TEST(MarkdownImporterStoryTest, TwoTitledSubHeadingsUnderOneQuestionMakeTwoStories)
{
    const ImportDocument doc = importFixture(QStringLiteral("headings-star.md"));
    const ImportedStory billing = storyTitled(doc, QStringLiteral("Migrating billing"));
    const ImportedStory pricing = storyTitled(doc, QStringLiteral("Pricing experiment"));
    const QString question = QStringLiteral(
        "Tell me about a time you had to make a decision without enough data? (strong)");
    EXPECT_EQ(linkedQuestions(doc, billing), QStringList {question});
    EXPECT_EQ(linkedQuestions(doc, pricing), QStringList {question});

    // A takeaway makes it STAR+L.
    EXPECT_EQ(billing.story.method, StoryMethod::StarL);
    EXPECT_EQ(billing.story.situation,
        QStringLiteral("Legacy billing on a database that was end-of-life."));
    EXPECT_EQ(billing.story.task, QStringLiteral("Choose a migration path in two weeks."));
    EXPECT_EQ(billing.story.action,
        QStringLiteral("Ran a spike on both options and picked the reversible one."));
    EXPECT_EQ(billing.story.result, QStringLiteral("Migrated with no downtime."));
    EXPECT_EQ(
        billing.story.learning, QStringLiteral("Prefer reversible decisions when data is thin."));
    EXPECT_EQ(billing.line, 25);

    EXPECT_EQ(pricing.story.method, StoryMethod::Star);
    EXPECT_TRUE(pricing.story.task.isEmpty());
    EXPECT_EQ(pricing.story.result, QStringLiteral("Conversion rose 3%."));
}

TEST(MarkdownImporterStoryTest, StoryReferencesMakeOneReferenceStoryPerNameWithALinkPerQuestion)
{
    const ImportDocument doc = importFixture(QStringLiteral("list-questions.md"));
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    const ImportedStory search = storyTitled(doc, QStringLiteral("Search engine"));
    EXPECT_TRUE(search.reference);
    EXPECT_EQ(search.line, 6);
    EXPECT_EQ(linkedQuestions(doc, search),
        strings({"Tell me about a time you disagreed with your manager. (strong)",
            "Describe a situation where you had to work with a difficult colleague. (strong)"}));
    // "STORY: New to me: LTR, Search engine": the words before the last ":" are a label.
    const ImportedStory ltr = storyTitled(doc, QStringLiteral("LTR"));
    EXPECT_TRUE(ltr.reference);
    EXPECT_EQ(linkedQuestions(doc, ltr),
        strings({"Describe a situation where you had to work with a difficult colleague. "
                 "(strong)"}));
    EXPECT_TRUE(ltr.story.situation.isEmpty());
}

TEST(MarkdownImporterStoryTest, BoldListLabelsWithNestedBulletBodiesFillTheSections)
{
    const ImportDocument doc = importFixture(QStringLiteral("label-spellings.md"));
    ASSERT_EQ(doc.stories.size(), 4) << describe(doc);
    const ImportedStory& story = doc.stories.at(0);
    EXPECT_EQ(linkedQuestions(doc, story),
        strings({"Tell me about a conflict within your team. (strong)"}));
    EXPECT_EQ(story.story.situation, QStringLiteral("Two seniors disagreed on the API style."));
    EXPECT_EQ(story.story.task, QStringLiteral("Get a decision before the sprint."));
    EXPECT_EQ(story.story.action,
        QStringLiteral(
            "- Set up a one-hour design review\n- Wrote down both options with their costs"));
    EXPECT_EQ(story.story.result, QStringLiteral("We picked REST and both signed off."));
    EXPECT_EQ(story.story.learning, QStringLiteral("Write the options down early."));
    EXPECT_EQ(story.story.method, StoryMethod::StarL);
}

TEST(MarkdownImporterStoryTest, NumberedContextAndDecisionLabelsMakeACarlStory)
{
    const ImportDocument doc = importFixture(QStringLiteral("label-spellings.md"));
    const ImportedStory& story = doc.stories.at(1);
    EXPECT_EQ(linkedQuestions(doc, story), strings({"Describe a time you failed. (strong)"}));
    EXPECT_EQ(story.story.method, StoryMethod::Carl);
    EXPECT_EQ(story.story.situation, QStringLiteral("A migration I led slipped by a month."));
    EXPECT_TRUE(story.story.task.isEmpty());
    EXPECT_EQ(
        story.story.action, QStringLiteral("I cut scope and told stakeholders the same day."));
    EXPECT_EQ(story.story.result, QStringLiteral("The reduced scope shipped."));
    EXPECT_EQ(story.story.learning, QStringLiteral("Say it early."));
}

TEST(MarkdownImporterStoryTest, PlainLabelParagraphsFillTheSections)
{
    const ImportDocument doc = importFixture(QStringLiteral("label-spellings.md"));
    const ImportedStory& story = doc.stories.at(2);
    EXPECT_EQ(linkedQuestions(doc, story),
        strings({"How do you prioritise competing requests? (strong)"}));
    EXPECT_EQ(story.story.title, QStringLiteral("Three teams asked for the same two engineers"));
    EXPECT_EQ(
        story.story.situation, QStringLiteral("Three teams asked for the same two engineers."));
    EXPECT_EQ(story.story.task, QStringLiteral("Decide within a week."));
    EXPECT_EQ(
        story.story.action, QStringLiteral("Scored the requests against the quarter's goals."));
    EXPECT_EQ(story.story.result,
        QStringLiteral("Two requests moved to next quarter without escalation."));
    EXPECT_EQ(story.story.method, StoryMethod::Star);
}

TEST(MarkdownImporterStoryTest, BoldParagraphLabelsTakeTheBulletsBelowThem)
{
    const ImportDocument doc = importFixture(QStringLiteral("label-spellings.md"));
    const ImportedStory& story = doc.stories.at(3);
    EXPECT_EQ(story.story.situation,
        QStringLiteral("- A new graduate joined the team\n- She had never used Go"));
    // One bullet reads as its text.
    EXPECT_EQ(story.story.action, QStringLiteral("Paired twice a week"));
    EXPECT_EQ(story.story.result, QStringLiteral("She led a feature in her third month"));
    EXPECT_EQ(story.line, 32);
}

TEST(MarkdownImporterStoryTest, LabelsNestedUnderAListQuestionMakeItsStory)
{
    const ImportDocument doc = importMarkdown("- *Tell me about a failure.*\n"
                                              "  - **Situation**: Missed a launch.\n"
                                              "  - **Result**: Shipped a week late.\n"
                                              "    - and wrote a postmortem\n"
                                              "- Q3: How do you learn from mistakes?\n"
                                              "  - STORY: Postmortems\n"
                                              "  - Blameless reviews\n");
    ASSERT_EQ(doc.questions.size(), 2) << describe(doc);
    EXPECT_EQ(doc.questions.at(1).question.text, QStringLiteral("How do you learn from mistakes?"));
    EXPECT_EQ(doc.questions.at(1).question.notes, QStringLiteral("- Blameless reviews"));
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    const ImportedStory& failure = doc.stories.at(0);
    EXPECT_EQ(failure.story.title, QStringLiteral("Missed a launch"));
    EXPECT_EQ(failure.story.situation, QStringLiteral("Missed a launch."));
    EXPECT_EQ(
        failure.story.result, QStringLiteral("Shipped a week late.\n\n- and wrote a postmortem"));
    EXPECT_EQ(linkedQuestions(doc, failure), strings({"Tell me about a failure. (strong)"}));
    EXPECT_TRUE(doc.stories.at(1).reference);
    EXPECT_EQ(linkedQuestions(doc, doc.stories.at(1)),
        strings({"How do you learn from mistakes? (strong)"}));
}

TEST(MarkdownImporterStoryTest, LabelsOnConsecutiveLinesOfOneParagraphAreSeparateSections)
{
    const ImportDocument doc = importMarkdown("### Tell me about a launch.\n"
                                              "Situation: Late launch.\n"
                                              "Action: Cut scope.\n"
                                              "Lesson: Scope is a lever.\n");
    ASSERT_EQ(doc.stories.size(), 1) << describe(doc);
    EXPECT_EQ(doc.stories.at(0).story.situation, QStringLiteral("Late launch."));
    EXPECT_EQ(doc.stories.at(0).story.action, QStringLiteral("Cut scope."));
    EXPECT_EQ(doc.stories.at(0).story.learning, QStringLiteral("Scope is a lever."));
    EXPECT_EQ(doc.stories.at(0).story.method, StoryMethod::StarL);
}

TEST(MarkdownImporterStoryTest, BoldLineOrStoryLabelBeforeTheSectionsTitlesTheStory)
{
    const ImportDocument doc = importMarkdown("### Tell me about a launch.\n\n"
                                              "**Checkout rewrite**\n\n"
                                              "- Situation: Late launch.\n"
                                              "- Result: Shipped.\n\n"
                                              "STORY: Billing move\n"
                                              "Situation: Old database.\n");
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    EXPECT_EQ(doc.stories.at(0).story.title, QStringLiteral("Checkout rewrite"));
    EXPECT_EQ(doc.stories.at(0).story.result, QStringLiteral("Shipped."));
    EXPECT_EQ(doc.stories.at(1).story.title, QStringLiteral("Billing move"));
    EXPECT_FALSE(doc.stories.at(1).reference);
    EXPECT_EQ(doc.stories.at(1).story.situation, QStringLiteral("Old database."));
    EXPECT_EQ(
        linkedQuestions(doc, doc.stories.at(1)), strings({"Tell me about a launch. (strong)"}));
}

TEST(MarkdownImporterStoryTest, ASecondSituationStartsTheNextStory)
{
    const ImportDocument doc = importMarkdown("### Tell me about a failure.\n\n"
                                              "- Situation: First.\n"
                                              "- Result: One.\n"
                                              "- Situation: Second.\n"
                                              "- Result: Two.\n");
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    EXPECT_EQ(doc.stories.at(0).story.result, QStringLiteral("One."));
    EXPECT_EQ(doc.stories.at(1).story.situation, QStringLiteral("Second."));
    EXPECT_EQ(doc.stories.at(1).story.id, StoryId(2));
    EXPECT_EQ(doc.stories.at(1).links.at(0).story, StoryId(2));
}

TEST(MarkdownImporterStoryTest, ReferencesAndSectionsWithNothingToHangOnAreWarnedAboutAndSkipped)
{
    const ImportDocument doc = importFixture(QStringLiteral("references.md"));
    ASSERT_EQ(doc.warnings.size(), 2) << describe(doc);
    EXPECT_EQ(doc.warnings.at(0).line, 4);
    EXPECT_TRUE(doc.warnings.at(0).message.contains(QStringLiteral("Orphan reference")));
    EXPECT_EQ(doc.warnings.at(0).source, QStringLiteral("references.md"));
    EXPECT_EQ(doc.warnings.at(1).line, 1);
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    EXPECT_EQ(linkedQuestions(doc, storyTitled(doc, QStringLiteral("Search engine"))),
        strings({"Tell me about a time you influenced without authority. (strong)",
            "Describe a time you improved a process. (strong)"}));
    EXPECT_EQ(linkedQuestions(doc, storyTitled(doc, QStringLiteral("Release train"))),
        strings({"Describe a time you improved a process. (strong)"}));
}

// Found by the fuzzer: answers under empty sections made a story with no title.
TEST(MarkdownImporterStoryTest, AnswersUnderEmptySectionsWithNothingToNameThemAreSkipped)
{
    const ImportDocument doc = importMarkdown("#### Task\n#### Answers\n- How do you help?\n");
    EXPECT_TRUE(doc.stories.isEmpty()) << describe(doc);
    ASSERT_EQ(doc.warnings.size(), 1) << describe(doc);
    EXPECT_EQ(doc.warnings.at(0).line, 1);
}

TEST(MarkdownImporterStoryTest, ALowerCaseStoryLineWithASentenceIsNotesNotReferences)
{
    const ImportDocument doc = importMarkdown(
        "### Tell me about a migration.\n\n"
        "Story: we moved the whole billing system to the new database, and it went well\n\n"
        "Stories: Billing move, Search engine\n");
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    EXPECT_EQ(doc.stories.at(0).story.title, QStringLiteral("Billing move"));
    EXPECT_EQ(doc.stories.at(1).story.title, QStringLiteral("Search engine"));
    EXPECT_EQ(doc.questions.at(0).question.notes,
        QStringLiteral("Story: we moved the whole billing system to the new database, and it "
                       "went well"));
}

TEST(MarkdownImporterStoryTest, AReferenceToAStoryTheFileWritesOutLinksThatStory)
{
    const ImportDocument doc = importMarkdown("### Tell me about a launch.\n\n"
                                              "#### Story: Checkout rewrite\n"
                                              "Situation: Late.\n\n"
                                              "### How do you handle pressure?\n\n"
                                              "STORY: checkout rewrite\n");
    ASSERT_EQ(doc.stories.size(), 1) << describe(doc);
    EXPECT_FALSE(doc.stories.at(0).reference);
    EXPECT_EQ(linkedQuestions(doc, doc.stories.at(0)),
        strings({"Tell me about a launch. (strong)", "How do you handle pressure? (strong)"}));
}

TEST(MarkdownImporterStoryTest, WordsThatOnlyStartLikeLabelsAreText)
{
    const ImportDocument doc = importMarkdown("### Tell me about a deadline.\n\n"
                                              "- Action items for Monday\n"
                                              "- Results-Oriented thinking\n"
                                              "- Storyline matters\n");
    EXPECT_TRUE(doc.stories.isEmpty()) << describe(doc);
    ASSERT_EQ(doc.questions.size(), 1);
    EXPECT_EQ(doc.questions.at(0).question.notes,
        QStringLiteral("- Action items for Monday\n- Results-Oriented thinking\n- Storyline "
                       "matters"));
}

} // namespace
} // namespace sb::test

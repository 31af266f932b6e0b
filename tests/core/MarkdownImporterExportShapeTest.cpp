#include "core/exchange/MarkdownImporter.h"

#include "tests/core/MarkdownImportFixtures.h"

#include <gtest/gtest.h>

// StoryBank's own Markdown export (/work/notes/markdown-shape.md) read back field by field;
// the samples in tests/data/import/export-*.md are written by hand from that description.
namespace sb::test {
namespace {

TEST(MarkdownImporterExportShapeTest, PartTitlesAreNeitherCategoriesNorQuestions)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    ASSERT_EQ(doc.questions.size(), 5) << describe(doc);
    for (const ImportedQuestion& question : doc.questions) {
        EXPECT_FALSE(question.categoryNames.contains(QStringLiteral("Interview questions")));
        EXPECT_FALSE(question.categoryNames.contains(QStringLiteral("Stories")));
    }
    EXPECT_TRUE(doc.warnings.isEmpty()) << describe(doc);
}

TEST(MarkdownImporterExportShapeTest, EveryCategoryHeadingIsKeptInOrderEvenWithoutQuestions)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    ASSERT_EQ(doc.categories.size(), 3) << describe(doc);
    EXPECT_EQ(doc.categories.at(0).name, QStringLiteral("Conflict"));
    EXPECT_EQ(doc.categories.at(1).name, QStringLiteral("Hypotheticals"));
    EXPECT_EQ(doc.categories.at(2).name, QStringLiteral("Empty category"));
    EXPECT_EQ(doc.categories.at(2).position, 2);
    // Wild notes name categories only through their questions.
    EXPECT_TRUE(importFixture(QStringLiteral("headings-star.md")).categories.isEmpty());
}

TEST(MarkdownImporterExportShapeTest, QuestionsKeepKindCategoriesVariantsAndNotes)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    const ImportedQuestion& weakness = doc.questions.at(0);
    EXPECT_EQ(weakness.question.text, QStringLiteral("What is your greatest weakness?"));
    EXPECT_TRUE(weakness.categoryNames.isEmpty()); // written before any "##"
    EXPECT_EQ(weakness.question.kind, QuestionKind::AboutYou);
    // Soft breaks are "\n", a new paragraph "\n\n", and an escaped "-" is text.
    EXPECT_EQ(weakness.question.notes,
        QStringLiteral("I over-prepare.\nI now timebox it to a day.\n\n- and I ask for feedback "
                       "early"));
    EXPECT_EQ(weakness.line, 3);

    const ImportedQuestion& disagreement = doc.questions.at(1);
    EXPECT_EQ(disagreement.question.text, QStringLiteral("Tell me about a disagreement"));
    EXPECT_EQ(disagreement.question.variants, strings({"Describe a conflict with a colleague"}));
    EXPECT_EQ(disagreement.categoryNames, strings({"Conflict", "Teamwork"}));
    EXPECT_EQ(disagreement.question.notes, QStringLiteral("Stress the listening."));
    EXPECT_EQ(disagreement.question.kind, QuestionKind::Behavioral);

    EXPECT_EQ(doc.questions.at(2).categoryNames, strings({"Conflict"}));
    EXPECT_TRUE(doc.questions.at(2).question.notes.isEmpty());
    // The export writes every non-default kind, so a "Hypotheticals" category guesses nothing.
    EXPECT_EQ(doc.questions.at(3).categoryNames, strings({"Hypotheticals"}));
    EXPECT_EQ(doc.questions.at(3).question.kind, QuestionKind::Behavioral);
}

TEST(MarkdownImporterExportShapeTest, StoryMetadataLinesFillTheStoryFields)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    const ImportedStory& launch = doc.stories.at(0);
    EXPECT_FALSE(launch.reference);
    EXPECT_EQ(launch.line, 28);
    EXPECT_EQ(launch.story.title, QStringLiteral("Turned around a failing launch"));
    EXPECT_EQ(launch.story.summary, QStringLiteral("Launch rescued in three weeks"));
    EXPECT_EQ(launch.story.method, StoryMethod::StarL);
    EXPECT_EQ(launch.story.status, StoryStatus::Ready);
    EXPECT_EQ(launch.story.role, QStringLiteral("Tech lead"));
    EXPECT_EQ(launch.story.organization, QStringLiteral("Acme"));
    EXPECT_EQ(launch.story.period, QStringLiteral("Spring 2023"));
    EXPECT_EQ(launch.story.impact, 4);
    EXPECT_EQ(launch.story.complexity, 3);
    EXPECT_EQ(launch.story.involvement, 5);
    EXPECT_EQ(launch.story.confidence, 2);
    // An escaped "#launchday" in the text is text, not a tag.
    EXPECT_EQ(launch.tagNames, strings({"go", "launch"}));
    EXPECT_EQ(launch.categoryNames, strings({"Leadership", "Failure"}));
}

TEST(MarkdownImporterExportShapeTest, SectionsCuesAndAnswersAreReadBackExactly)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    const ImportedStory& launch = doc.stories.at(0);
    EXPECT_EQ(launch.story.situation,
        QStringLiteral("The launch was four weeks late.\nCustomers were waiting.\n\nSales had "
                       "promised a date."));
    EXPECT_EQ(launch.story.task, QStringLiteral("Ship in three weeks."));
    EXPECT_EQ(launch.story.action,
        QStringLiteral("- Cut the scope to the core flow\n#1 priority: the checkout"));
    EXPECT_EQ(launch.story.result, QStringLiteral("Shipped on time *with* 98% uptime #launchday."));
    EXPECT_EQ(launch.story.learning, QStringLiteral("Scope is a lever."));
    EXPECT_EQ(launch.story.cues, strings({"four weeks late", "cut scope"}));
    ASSERT_EQ(launch.links.size(), 2);
    EXPECT_EQ(launch.links.at(0).story, launch.story.id);
    EXPECT_EQ(launch.links.at(0).question, QuestionId(2));
    EXPECT_EQ(launch.links.at(0).fit, LinkFit::Partial);
    EXPECT_EQ(launch.links.at(0).angle, QStringLiteral("Stress the listening"));
    EXPECT_EQ(launch.links.at(1).question, QuestionId(3));
    EXPECT_EQ(launch.links.at(1).fit, LinkFit::Strong);
    EXPECT_TRUE(launch.links.at(1).angle.isEmpty());
}

TEST(MarkdownImporterExportShapeTest, CarlContextIsTheSituationAndEmptySectionsStayEmpty)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    ASSERT_EQ(doc.stories.size(), 2) << describe(doc);
    const ImportedStory& quiet = doc.stories.at(1);
    EXPECT_EQ(quiet.story.id, StoryId(2));
    EXPECT_EQ(quiet.story.title, QStringLiteral("Quiet migration"));
    EXPECT_EQ(quiet.story.method, StoryMethod::Carl);
    EXPECT_EQ(quiet.story.status, StoryStatus::Draft);
    EXPECT_EQ(quiet.story.situation, QStringLiteral("Old queue.\n\nNew team."));
    EXPECT_TRUE(quiet.story.task.isEmpty());
    EXPECT_TRUE(quiet.story.action.isEmpty());
    EXPECT_EQ(quiet.story.result, QStringLiteral("No downtime."));
    EXPECT_TRUE(quiet.story.learning.isEmpty());
    EXPECT_TRUE(quiet.story.summary.isEmpty());
}

TEST(MarkdownImporterExportShapeTest, AnAnswerNotInTheDocumentIsAddedWithoutCategory)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-one-file.md"));
    const ImportedQuestion added =
        questionTexted(doc, QStringLiteral("Tell me about a time you led a migration"));
    EXPECT_EQ(added.question.id, QuestionId(5));
    EXPECT_TRUE(added.categoryNames.isEmpty());
    EXPECT_EQ(linkedQuestions(doc, doc.stories.at(1)),
        strings({"Tell me about a time you led a migration (strong)"}));
}

TEST(MarkdownImporterExportShapeTest, AStoryFileWhoseH1IsTheTitleIsOneStory)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-story-file.md"));
    ASSERT_EQ(doc.stories.size(), 1) << describe(doc);
    const ImportedStory& story = doc.stories.at(0);
    EXPECT_EQ(story.story.title, QStringLiteral("Turned around a failing launch"));
    EXPECT_EQ(story.story.summary, QStringLiteral("Launch rescued in three weeks"));
    EXPECT_EQ(story.story.method, StoryMethod::Star);
    EXPECT_EQ(story.story.status, StoryStatus::Idea);
    EXPECT_EQ(story.story.situation, QStringLiteral("The launch was four weeks late."));
    EXPECT_TRUE(story.story.task.isEmpty());
    EXPECT_EQ(story.story.action, QStringLiteral("Cut the scope."));
    EXPECT_EQ(story.story.result, QStringLiteral("Shipped."));
    EXPECT_EQ(story.story.cues, strings({"cut scope"}));
    ASSERT_EQ(doc.questions.size(), 1);
    EXPECT_TRUE(doc.questions.at(0).categoryNames.isEmpty());
    EXPECT_EQ(linkedQuestions(doc, story), strings({"What is your greatest weakness? (strong)"}));
    EXPECT_TRUE(doc.warnings.isEmpty()) << describe(doc);
}

TEST(MarkdownImporterExportShapeTest, TheIndexListOfStoryFilesIsIgnored)
{
    const ImportDocument doc = importFixture(QStringLiteral("export-index.md"));
    ASSERT_EQ(doc.questions.size(), 1) << describe(doc);
    EXPECT_EQ(doc.questions.at(0).question.text, QStringLiteral("Why do you want this role?"));
    EXPECT_TRUE(doc.stories.isEmpty()) << describe(doc);
    EXPECT_TRUE(doc.warnings.isEmpty()) << describe(doc);
}

TEST(MarkdownImporterExportShapeTest, EscapedMarkdownInTitlesAndQuestionsIsUnescaped)
{
    const ImportDocument doc = importMarkdown("# Interview questions\n\n"
                                              "## C\\# and \\*nix\n\n"
                                              "### 1\\. Why \\<this\\> team\\?\n\n"
                                              "# Stories\n\n"
                                              "## \\[Draft\\] \\_parser\\_\n"
                                              "Method: STAR\n"
                                              "Status: draft\n\n"
                                              "#### Situation\n"
                                              "\\> quoted\n"
                                              "#### Task\n\n"
                                              "#### Action\n\n"
                                              "#### Result\n");
    ASSERT_EQ(doc.questions.size(), 1) << describe(doc);
    EXPECT_EQ(doc.questions.at(0).categoryNames, strings({"C# and *nix"}));
    EXPECT_EQ(doc.questions.at(0).question.text, QStringLiteral("1. Why <this> team?"));
    ASSERT_EQ(doc.stories.size(), 1) << describe(doc);
    EXPECT_EQ(doc.stories.at(0).story.title, QStringLiteral("[Draft] _parser_"));
    EXPECT_EQ(doc.stories.at(0).story.situation, QStringLiteral("> quoted"));
}

} // namespace
} // namespace sb::test

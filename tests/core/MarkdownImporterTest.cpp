#include "core/exchange/MarkdownImporter.h"

#include "tests/core/MarkdownImportFixtures.h"

#include <gtest/gtest.h>

// The shapes interview notes take in the wild (issue 5): questions as headings and list items,
// categories, STAR/CARL labels in their spellings, references, talking points.
namespace sb::test {
namespace {

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

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

TEST(MarkdownImporterTest, StarSubHeadingsUnderAQuestionMakeAStoryLinkedToIt)
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

TEST(MarkdownImporterTest, TwoTitledSubHeadingsUnderOneQuestionMakeTwoStories)
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

TEST(MarkdownImporterTest, StoryReferencesMakeOneReferenceStoryPerNameWithALinkPerQuestion)
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

TEST(MarkdownImporterTest, BoldListLabelsWithNestedBulletBodiesFillTheSections)
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

TEST(MarkdownImporterTest, NumberedContextAndDecisionLabelsMakeACarlStory)
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

TEST(MarkdownImporterTest, PlainLabelParagraphsFillTheSections)
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

TEST(MarkdownImporterTest, BoldParagraphLabelsTakeTheBulletsBelowThem)
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

TEST(MarkdownImporterTest, LabelsNestedUnderAListQuestionMakeItsStory)
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

TEST(MarkdownImporterTest, LabelsOnConsecutiveLinesOfOneParagraphAreSeparateSections)
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

TEST(MarkdownImporterTest, BoldLineOrStoryLabelBeforeTheSectionsTitlesTheStory)
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

TEST(MarkdownImporterTest, ASecondSituationStartsTheNextStory)
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

TEST(MarkdownImporterTest, ReferencesAndSectionsWithNothingToHangOnAreWarnedAboutAndSkipped)
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

TEST(MarkdownImporterTest, ALowerCaseStoryLineWithASentenceIsNotesNotReferences)
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

TEST(MarkdownImporterTest, AReferenceToAStoryTheFileWritesOutLinksThatStory)
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

TEST(MarkdownImporterTest, WordsThatOnlyStartLikeLabelsAreText)
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

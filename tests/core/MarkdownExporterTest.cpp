#include "core/exchange/MarkdownExporter.h"

#include "core/exchange/FileSlug.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

class MarkdownExporterTest : public TempBankTest {
protected:
    CategoryId addCategory(const QString& name, int position)
    {
        Category category;
        category.name = name;
        category.position = position;
        return bank().addCategory(category);
    }
    QuestionId addQuestion(const QString& text, const QList<CategoryId>& categories = {},
        QuestionKind kind = QuestionKind::Behavioral)
    {
        Question question;
        question.text = text;
        question.categories = categories;
        question.kind = kind;
        return bank().addQuestion(question);
    }
    StoryId addStory(const QString& title, StoryMethod method = StoryMethod::Star)
    {
        Story story;
        story.title = title;
        story.method = method;
        return bank().addStory(story);
    }
    QString exported() { return QString::fromUtf8(MarkdownExporter::writeFile(bank())); }
    // The lines of the exported file between the line after `from` and the next heading.
    QStringList linesAfter(const QString& from)
    {
        const QStringList lines = exported().split(u'\n');
        const qsizetype start = lines.indexOf(from);
        if (start < 0)
            return {QStringLiteral("<no line ") + from + u'>'};
        QStringList out;
        for (qsizetype i = start + 1; i < lines.size() && !lines[i].startsWith(u'#'); ++i)
            out.append(lines[i]);
        while (!out.isEmpty() && out.constLast().isEmpty())
            out.removeLast();
        return out;
    }
};

TEST_F(MarkdownExporterTest, SmallBankIsWrittenInTheExchangeShape)
{
    const CategoryId conflict = addCategory(QStringLiteral("Conflict"), 0);
    const CategoryId teamwork = addCategory(QStringLiteral("Teamwork"), 1);
    addQuestion(QStringLiteral("What is your greatest weakness?"), {}, QuestionKind::AboutYou);
    Question disagreement;
    disagreement.text = QStringLiteral("Tell me about a disagreement");
    disagreement.variants = {QStringLiteral("Describe a conflict with a colleague")};
    disagreement.categories = {conflict, teamwork};
    disagreement.notes = QStringLiteral("Listen first\nThen agree on facts");
    const QuestionId disagreementId = bank().addQuestion(disagreement);
    const QuestionId newcomer =
        addQuestion(QStringLiteral("How do you help a new teammate?"), {teamwork});

    Story launch = sampleStory();
    launch.tags = {
        bank().ensureTag(QStringLiteral("go")), bank().ensureTag(QStringLiteral("launch"))};
    launch.categories = {teamwork};
    const StoryId launchId = bank().addStory(launch);
    bank().link(
        {launchId, disagreementId, LinkFit::Partial, QStringLiteral("Stress the listening")});
    bank().link({launchId, newcomer, LinkFit::Strong, QString()});

    Story merged;
    merged.title = QStringLiteral("Moved to a new team");
    merged.method = StoryMethod::Carl;
    merged.status = StoryStatus::Idea;
    merged.situation = QStringLiteral("We merged.");
    merged.task = QStringLiteral("I had to onboard.");
    merged.result = QStringLiteral("Done.");
    bank().addStory(merged);

    const QString expected = QStringLiteral(R"(# Interview questions

### What is your greatest weakness?
Kind: about_you

## Conflict

### Tell me about a disagreement / Describe a conflict with a colleague
Kind: behavioral
Categories: Conflict, Teamwork

> Listen first
> Then agree on facts

## Teamwork

### How do you help a new teammate?
Kind: behavioral

# Stories

## Turned around a failing launch
Hook: Saved a slipping release by re-planning with the team
Method: STAR+L
Status: ready
Role: Tech lead
Organization: Acme Mobile
When: Spring 2023
Ratings: impact 4, complexity 3, involvement 5, confidence 2
Tags: go, launch
Categories: Teamwork

#### Situation
Our mobile release was three weeks late.

#### Task
As tech lead I had to get it out before the trade show.

#### Action
I cut scope with product and paired on the riskiest module.

#### Result
We shipped two days early; crash rate fell 40%.

#### Learning
Cut scope early, not late.

#### Cues
- 3 weeks late
- cut scope
- 40% fewer crashes

#### Answers
- Tell me about a disagreement
  - Fit: partial
  - Angle: Stress the listening
- How do you help a new teammate?

## Moved to a new team
Method: CARL
Status: idea

#### Context
We merged.

#### Task
I had to onboard.

#### Action

#### Result
Done.

#### Learning
)");
    EXPECT_EQ(exported().toStdString(), expected.toStdString());
}

TEST_F(MarkdownExporterTest, EmptyBankStillHasBothPartTitles)
{
    EXPECT_EQ(exported(), QStringLiteral("# Interview questions\n\n# Stories\n"));
}

TEST_F(MarkdownExporterTest, MarkdownCharactersAtLineStartsAreEscaped)
{
    Story story;
    story.title = QStringLiteral("Escapes");
    story.situation = QStringLiteral("- not a list\n+ nor this\n* nor this\n1. not numbered\n"
                                     "12) nor this\n> not a quote\n# not a heading\n===\n---\n"
                                     "~~~ not a fence\n``` nor this");
    bank().addStory(story);
    EXPECT_EQ(linesAfter(QStringLiteral("#### Situation")),
        (QStringList {QStringLiteral("\\- not a list"), QStringLiteral("\\+ nor this"),
            QStringLiteral("\\* nor this"), QStringLiteral("1\\. not numbered"),
            QStringLiteral("12\\) nor this"), QStringLiteral("\\> not a quote"),
            QStringLiteral("\\# not a heading"), QStringLiteral("\\==="), QStringLiteral("\\---"),
            QStringLiteral("\\~\\~\\~ not a fence"), QStringLiteral("\\`\\`\\` nor this")}));
}

TEST_F(MarkdownExporterTest, MarkdownCharactersInsideTextAreEscapedButOrdinaryOnesAreNot)
{
    Story story;
    story.title = QStringLiteral("C# *and* [[wiki]] | <b>");
    story.summary = QStringLiteral("a_b `c` back\\slash ~x~ &amp; AT&T - 1. + > 100%");
    bank().addStory(story);
    const QString text = exported();
    EXPECT_TRUE(text.contains(QStringLiteral("\n## C\\# \\*and\\* \\[\\[wiki\\]\\] \\| \\<b\\>\n")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "\nHook: a\\_b \\`c\\` back\\\\slash \\~x\\~ \\&amp; AT&T - 1. + \\> 100%\n")))
        << qPrintable(text);
}

TEST_F(MarkdownExporterTest, MultiLineSectionsKeepLinesAndParagraphsButNotOuterWhitespace)
{
    Story story;
    story.title = QStringLiteral("Lines");
    story.action = QStringLiteral("\n  first line  \r\nsecond line\n\n\n   \nnew paragraph\t\n\n");
    bank().addStory(story);
    EXPECT_EQ(linesAfter(QStringLiteral("#### Action")),
        (QStringList {QStringLiteral("first line"), QStringLiteral("second line"), QString(),
            QStringLiteral("new paragraph")}));
}

TEST_F(MarkdownExporterTest, LineBreaksInOneLineFieldsBecomeSpaces)
{
    Story story;
    story.title = QStringLiteral("Two\nlines");
    story.role = QStringLiteral("Lead\nand mentor");
    story.cues = {QStringLiteral("cue\non two lines"), QStringLiteral("  ")};
    bank().addStory(story);
    const QString text = exported();
    EXPECT_TRUE(text.contains(QStringLiteral("\n## Two lines\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("\nRole: Lead and mentor\n"))) << qPrintable(text);
    EXPECT_EQ(linesAfter(QStringLiteral("#### Cues")),
        (QStringList {QStringLiteral("- cue on two lines")}));
}

TEST_F(MarkdownExporterTest, QuestionInTwoCategoriesIsWrittenOnceUnderItsFirst)
{
    const CategoryId a = addCategory(QStringLiteral("Alpha"), 0);
    const CategoryId b = addCategory(QStringLiteral("Beta"), 1);
    addQuestion(QStringLiteral("Shared question?"), {b, a});
    const QString text = exported();
    EXPECT_EQ(text.count(QStringLiteral("Shared question?")), 1);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "## Beta\n\n### Shared question?\nKind: behavioral\nCategories: Beta, Alpha\n")))
        << qPrintable(text);
}

TEST_F(MarkdownExporterTest, VariantsFollowTheQuestionTextAndBlankOnesAreLeftOut)
{
    Question question;
    question.text = QStringLiteral("Why leave?");
    question.variants = {QStringLiteral("  "), QStringLiteral("Why change jobs?")};
    bank().addQuestion(question);
    EXPECT_TRUE(exported().contains(QStringLiteral("\n### Why leave? / Why change jobs?\n")))
        << exported().toStdString();
}

TEST_F(MarkdownExporterTest, QuestionWithoutCategoryComesBeforeAnyCategory)
{
    addCategory(QStringLiteral("Alpha"), 0);
    addQuestion(QStringLiteral("Why this company?"), {}, QuestionKind::RoleFit);
    EXPECT_TRUE(exported().startsWith(QStringLiteral(
        "# Interview questions\n\n### Why this company?\nKind: role_fit\n\n## Alpha\n")));
}

TEST_F(MarkdownExporterTest, QuestionNotesBecomeAnEscapedBlockquoteKeepingParagraphs)
{
    Question question;
    question.text = QStringLiteral("Questions for us?");
    question.kind = QuestionKind::ToAsk;
    question.notes = QStringLiteral("- Team size\n\n# On-call?");
    bank().addQuestion(question);
    EXPECT_TRUE(exported().contains(QStringLiteral(
        "### Questions for us?\nKind: to_ask\n\n> \\- Team size\n>\n> \\# On-call?\n")));
}

TEST_F(MarkdownExporterTest, CarlContextHoldsSituationAloneWhenThereIsNoTask)
{
    Story story;
    story.title = QStringLiteral("Context only");
    story.method = StoryMethod::Carl;
    story.situation = QStringLiteral("Just the situation.");
    story.learning = QStringLiteral("Learned.");
    bank().addStory(story);
    const QString text = exported();
    EXPECT_TRUE(text.contains(QStringLiteral("#### Context\nJust the situation.\n\n#### Action\n")))
        << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("#### Situation")));
    EXPECT_FALSE(text.contains(QStringLiteral("#### Task")));
}

TEST_F(MarkdownExporterTest, EmptySectionsOfTheMethodAreStillWrittenAndNothingElse)
{
    addStory(QStringLiteral("Bare"), StoryMethod::Star);
    EXPECT_TRUE(exported().endsWith(QStringLiteral(
        "## Bare\nMethod: STAR\nStatus: draft\n\n#### Situation\n\n#### Task\n\n#### Action\n\n"
        "#### Result\n")));
}

TEST_F(MarkdownExporterTest, FolderHasAnIndexAndOneFilePerStoryWithDistinctNames)
{
    const CategoryId conflict = addCategory(QStringLiteral("Conflict"), 0);
    const QuestionId question = addQuestion(QStringLiteral("Describe a conflict."), {conflict});
    const StoryId first = addStory(QStringLiteral("Saved the launch!"));
    bank().link({first, question, LinkFit::Strong, QString()});
    addStory(QStringLiteral("Saved the   launch"));
    addStory(QStringLiteral("***"));

    const QMap<QString, QByteArray> files = MarkdownExporter::writeFolder(bank());
    EXPECT_EQ(files.keys(),
        (QStringList {QStringLiteral("index.md"), QStringLiteral("stories/saved-the-launch-2.md"),
            QStringLiteral("stories/saved-the-launch.md"), QStringLiteral("stories/story.md")}));
    EXPECT_EQ(files.value(QStringLiteral("index.md")).toStdString(),
        QStringLiteral("# Interview questions\n\n## Conflict\n\n### Describe a conflict.\n"
                       "Kind: behavioral\n\n# Stories\n"
                       "- [Saved the launch!](stories/saved-the-launch.md)\n"
                       "- [Saved the   launch](stories/saved-the-launch-2.md)\n"
                       "- [\\*\\*\\*](stories/story.md)\n")
            .toStdString());
    EXPECT_EQ(files.value(QStringLiteral("stories/saved-the-launch.md")).toStdString(),
        QStringLiteral("# Saved the launch!\nMethod: STAR\nStatus: draft\n\n#### Situation\n\n"
                       "#### Task\n\n#### Action\n\n#### Result\n\n#### Answers\n"
                       "- Describe a conflict.\n")
            .toStdString());
}

TEST(FileSlugTest, KeepsLowerCaseLettersAndDigitsAndJoinsTheRestWithOneDash)
{
    EXPECT_EQ(FileSlug::of(QStringLiteral("  Led the Q3 Migration -- (again)! ")),
        QStringLiteral("led-the-q3-migration-again"));
    EXPECT_EQ(
        FileSlug::of(QStringLiteral("Équipe über 𝐀lpha")), QStringLiteral("équipe-über-𝐀lpha"));
    EXPECT_EQ(FileSlug::of(QStringLiteral("?!")), QStringLiteral("story"));
    EXPECT_EQ(FileSlug::of(QString()), QStringLiteral("story"));
}

TEST(FileSlugTest, IsAtMostSixtyCharactersWithNoTrailingDash)
{
    const QString slug = FileSlug::of(QString(59, u'a') + QStringLiteral(" bcd"));
    EXPECT_EQ(slug, QString(59, u'a'));
    EXPECT_EQ(FileSlug::of(QString(100, u'x')).size(), FileSlug::kMaxLength);
}

TEST(FileSlugTest, NamesAlreadyTakenGetANumber)
{
    FileSlug slugs;
    EXPECT_EQ(slugs.take(QStringLiteral("Launch")), QStringLiteral("launch"));
    EXPECT_EQ(slugs.take(QStringLiteral("launch!")), QStringLiteral("launch-2"));
    EXPECT_EQ(slugs.take(QStringLiteral("LAUNCH")), QStringLiteral("launch-3"));
    EXPECT_EQ(slugs.take(QStringLiteral("Launch 2")), QStringLiteral("launch-2-2"));
}

} // namespace
} // namespace sb::test

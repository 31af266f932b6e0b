// Coverage on a small bank whose every number is worked out by hand in the comments.

#include "core/analysis/Coverage.h"
#include "core/analysis/StorySuggestions.h"
#include "tests/support/TempBank.h"

#include <tuple>

namespace sb::test {
namespace {

// Categories Conflict, Failure, Leadership and "Questions to ask".
// Stories: outage (cloud; filed under Leadership), hiring (hiring), migration (cloud),
// mentor (mentoring, hiring).
// Links: conflictPeer ← hiring strong, migration partial; disagreement ← hiring strong;
// failure ← migration partial; lead ← hiring partial. Nothing answers failureLearned or
// whyUs; ledTeam and teamChallenge (to ask) have prepared notes.
class CoverageTest : public TempBankTest {
protected:
    void SetUp() override
    {
        conflict = addCategory(QStringLiteral("Conflict"));
        failureCat = addCategory(QStringLiteral("Failure"));
        leadership = addCategory(QStringLiteral("Leadership"));
        toAsk = addCategory(QStringLiteral("Questions to ask"));
        const TagId cloud = bank().ensureTag(QStringLiteral("cloud"));
        const TagId hiringTag = bank().ensureTag(QStringLiteral("hiring"));
        const TagId mentoring = bank().ensureTag(QStringLiteral("mentoring"));

        outage = addStory(QStringLiteral("Outage"), {cloud}, {leadership});
        hiring = addStory(QStringLiteral("Hiring"), {hiringTag}, {});
        migration = addStory(QStringLiteral("Migration"), {cloud}, {});
        mentor = addStory(QStringLiteral("Mentor"), {mentoring, hiringTag}, {});

        conflictPeer = addQuestion(QStringLiteral("Describe a conflict with a peer."), {conflict});
        disagreement = addQuestion(QStringLiteral("Tell me about a disagreement."), {conflict});
        failure = addQuestion(QStringLiteral("Tell me about a failure."), {failureCat});
        failureLearned = addQuestion(QStringLiteral("A failure you learned from?"), {failureCat});
        lead = addQuestion(QStringLiteral("When did you lead without authority?"), {leadership});
        ledTeam = addQuestion(QStringLiteral("Tell me about leading a team."), {leadership},
            QStringLiteral("The offsite story, short"));
        teamChallenge = addQuestion(QStringLiteral("What is the team's biggest challenge?"),
            {toAsk}, QStringLiteral("Ask about the roadmap"), QuestionKind::ToAsk);
        whyUs = addQuestion(QStringLiteral("Why this company?"), {});

        bank().link({hiring, conflictPeer, LinkFit::Strong, QString()});
        bank().link({migration, conflictPeer, LinkFit::Partial, QString()});
        bank().link({hiring, disagreement, LinkFit::Strong, QString()});
        bank().link({migration, failure, LinkFit::Partial, QString()});
        bank().link({hiring, lead, LinkFit::Partial, QString()});
    }

    CategoryId addCategory(const QString& name)
    {
        Category category;
        category.name = name;
        return bank().addCategory(category);
    }

    StoryId addStory(
        const QString& title, const QList<TagId>& tags, const QList<CategoryId>& categories)
    {
        Story story;
        story.title = title;
        story.tags = tags;
        story.categories = categories;
        return bank().addStory(story);
    }

    QuestionId addQuestion(const QString& text, const QList<CategoryId>& categories,
        const QString& notes = QString(), QuestionKind kind = QuestionKind::Behavioral)
    {
        Question question;
        question.text = text;
        question.categories = categories;
        question.notes = notes;
        question.kind = kind;
        return bank().addQuestion(question);
    }

    CategoryCoverage row(const CoverageReport& report, CategoryId category) const
    {
        for (const CategoryCoverage& coverage : report.categories)
            if (coverage.category == category)
                return coverage;
        ADD_FAILURE() << "no row for category " << category.value;
        return {};
    }

    CategoryId conflict, failureCat, leadership, toAsk;
    StoryId outage, hiring, migration, mentor;
    QuestionId conflictPeer, disagreement, failure, failureLearned, lead, ledTeam, teamChallenge,
        whyUs;
};

TEST_F(CoverageTest, MatrixCellIsTheBestLinkAndDirectFilingCountsAsStrong)
{
    const CoverageReport report = Coverage(bank()).report();
    EXPECT_EQ(report.strength(hiring, conflict), Strength::Strong);
    EXPECT_EQ(report.strength(migration, conflict), Strength::Partial);
    EXPECT_EQ(report.strength(mentor, conflict), Strength::None);
    EXPECT_EQ(report.strength(outage, leadership), Strength::Strong); // filed, not linked
    EXPECT_EQ(report.strength(hiring, leadership), Strength::Partial);

    // A strong link outranks a partial one to the same category.
    bank().link({migration, failureLearned, LinkFit::Strong, QString()});
    EXPECT_EQ(Coverage(bank()).report().strength(migration, failureCat), Strength::Strong);
}

TEST_F(CoverageTest, CategoryTotalsCountStoriesAtTheirBestAndUnpreparedQuestions)
{
    const CoverageReport report = Coverage(bank()).report();
    ASSERT_EQ(report.categories.size(), 4);
    EXPECT_EQ(report.categories[0].name, QStringLiteral("Conflict")); // the bank's order

    const CategoryCoverage c = row(report, conflict);
    EXPECT_EQ(std::tuple(c.strong, c.partial, c.questions, c.unanswered), std::tuple(1, 1, 2, 0));
    const CategoryCoverage f = row(report, failureCat);
    EXPECT_EQ(std::tuple(f.strong, f.partial, f.questions, f.unanswered), std::tuple(0, 1, 2, 1));
    const CategoryCoverage l = row(report, leadership);
    EXPECT_EQ(std::tuple(l.strong, l.partial, l.questions, l.unanswered), std::tuple(1, 1, 2, 0));
    const CategoryCoverage a = row(report, toAsk);
    EXPECT_EQ(std::tuple(a.strong, a.partial, a.questions, a.unanswered), std::tuple(0, 0, 1, 0));
}

TEST_F(CoverageTest, GapsNameUnansweredAndSingleStoryQuestions)
{
    const CoverageReport report = Coverage(bank()).report();
    QList<QuestionId> unanswered;
    for (const QuestionGap& gap : report.unansweredQuestions)
        unanswered.append(gap.question);
    EXPECT_EQ(unanswered, (QList<QuestionId> {failureLearned, whyUs}));
    EXPECT_EQ(report.unansweredQuestions.last().text, QStringLiteral("Why this company?"));

    QList<std::pair<QuestionId, StoryId>> single;
    for (const QuestionGap& gap : report.singleStoryQuestions)
        single.append({gap.question, gap.story});
    EXPECT_EQ(single,
        (QList<std::pair<QuestionId, StoryId>> {
            {disagreement, hiring}, {failure, migration}, {lead, hiring}}));
}

TEST_F(CoverageTest, ThinCategoriesFollowTheMinimumAndSkipQuestionsToAsk)
{
    EXPECT_EQ(Coverage(bank()).report().thinCategories,
        (QList<CategoryId> {conflict, failureCat, leadership}));
    CoverageOptions one;
    one.minStrong = 1;
    EXPECT_EQ(Coverage(bank(), one).report().thinCategories, QList<CategoryId> {failureCat});

    // Hypotheticals are prepared with notes, not stories; an empty category still wants them.
    const CategoryId hypotheticals = addCategory(QStringLiteral("Hypotheticals"));
    addQuestion(QStringLiteral("What would you do if the build broke on launch day?"),
        {hypotheticals}, QString(), QuestionKind::Hypothetical);
    const CategoryId empty = addCategory(QStringLiteral("Grit"));
    EXPECT_EQ(
        Coverage(bank(), one).report().thinCategories, (QList<CategoryId> {failureCat, empty}));
}

TEST_F(CoverageTest, OverusedStoriesAreThoseAboveTheShareWithLookAlikesToTakeOver)
{
    // Four questions have a link: hiring answers three (0.75), migration two (0.5).
    const CoverageReport report = Coverage(bank()).report();
    ASSERT_EQ(report.overusedStories.size(), 2);
    EXPECT_EQ(report.overusedStories[0].story, hiring);
    EXPECT_EQ(report.overusedStories[0].title, QStringLiteral("Hiring"));
    EXPECT_DOUBLE_EQ(report.overusedStories[0].share, 0.75);
    EXPECT_EQ(report.overusedStories[0].couldShareWith, QList<StoryId> {mentor}); // "hiring" tag
    EXPECT_EQ(report.overusedStories[1].story, migration);
    EXPECT_EQ(report.overusedStories[1].couldShareWith, QList<StoryId> {outage}); // "cloud" tag

    CoverageOptions stricter;
    stricter.overuseShare = 0.6;
    const CoverageReport strict = Coverage(bank(), stricter).report();
    ASSERT_EQ(strict.overusedStories.size(), 1);
    EXPECT_EQ(strict.overusedStories[0].story, hiring);
}

TEST_F(CoverageTest, AFreshBankWithOneLinkHasNoOverusedStory)
{
    for (const StoryQuestionLink& link : bank().links())
        bank().unlink(link.story, link.question);
    bank().link({hiring, conflictPeer, LinkFit::Strong, QString()});
    EXPECT_TRUE(Coverage(bank()).report().overusedStories.isEmpty());
}

TEST_F(CoverageTest, CategoryLeaningOnOneStorySuggestsItsPartialStoriesFirst)
{
    const CoverageReport report = Coverage(bank()).report();
    ASSERT_EQ(report.leaningCategories.size(), 2);
    EXPECT_EQ(report.leaningCategories[0].category, conflict);
    EXPECT_EQ(report.leaningCategories[0].story, hiring);
    EXPECT_EQ(report.leaningCategories[0].title, QStringLiteral("Hiring"));
    // migration is partial in Conflict; mentor shares the "hiring" tag.
    EXPECT_EQ(report.leaningCategories[0].couldShareWith, (QList<StoryId> {migration, mentor}));
    EXPECT_EQ(report.leaningCategories[1].category, leadership);
    EXPECT_EQ(report.leaningCategories[1].story, outage);
    EXPECT_EQ(report.leaningCategories[1].couldShareWith, (QList<StoryId> {hiring, migration}));

    // A second strong story ends the leaning.
    bank().link({mentor, disagreement, LinkFit::Strong, QString()});
    EXPECT_EQ(Coverage(bank()).report().leaningCategories.size(), 1);
}

} // namespace
} // namespace sb::test

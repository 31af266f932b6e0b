#include "core/sheet/SheetComposer.h"

#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

class SheetComposerTest : public TempBankTest {
protected:
    CategoryId addCategory(const QString& name)
    {
        Category category;
        category.name = name;
        category.colour = QStringLiteral("#aa3300");
        return bank().addCategory(category);
    }

    StoryId addStory(const QString& title, int confidence = 3, int impact = 3,
        const QList<CategoryId>& categories = {}, StoryStatus status = StoryStatus::Ready,
        const QList<TagId>& tags = {})
    {
        Story story;
        story.title = title;
        story.confidence = confidence;
        story.impact = impact;
        story.categories = categories;
        story.status = status;
        story.tags = tags;
        return bank().addStory(story);
    }

    QuestionId addQuestion(const QString& text, QList<CategoryId> categories = {},
        QuestionKind kind = QuestionKind::Behavioral, const QString& notes = {})
    {
        Question question;
        question.text = text;
        question.categories = categories;
        question.kind = kind;
        question.notes = notes;
        return bank().addQuestion(question);
    }

    CheatSheet compose(const SheetRequest& request = {})
    {
        return SheetComposer::compose(bank(), request);
    }

    static QStringList categoryNames(const CheatSheet& sheet)
    {
        QStringList names;
        for (const SheetCategory& category : sheet.categories)
            names << category.name;
        return names;
    }

    // The titles under the category named name, in sheet order.
    static QStringList titlesUnder(const CheatSheet& sheet, const QString& name)
    {
        QStringList titles;
        for (const SheetCategory& category : sheet.categories) {
            if (category.name != name)
                continue;
            for (const SheetStory& story : category.stories)
                titles << story.title;
        }
        return titles;
    }
};

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

TEST_F(SheetComposerTest, EmptyBankGivesAnEmptySheetNamedAfterTheFile)
{
    const CheatSheet sheet = compose();
    EXPECT_TRUE(sheet.isEmpty());
    EXPECT_EQ(sheet.title, s("test"));
}

TEST_F(SheetComposerTest, TitleAndSubtitleComeFromTheRequest)
{
    SheetRequest request;
    request.title = s("  Acme  ");
    request.subtitle = s("Acme · Tech lead · 3 June");
    const CheatSheet sheet = compose(request);
    EXPECT_EQ(sheet.title, s("Acme"));
    EXPECT_EQ(sheet.subtitle, s("Acme · Tech lead · 3 June"));
}

TEST_F(SheetComposerTest, OnlyReadyStoriesUnlessAskedForAll)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    addStory(s("Ready one"), 3, 3, {conflict});
    addStory(s("Draft one"), 5, 5, {conflict}, StoryStatus::Draft);
    addStory(s("Idea one"), 4, 4, {conflict}, StoryStatus::Idea);

    EXPECT_EQ(titlesUnder(compose(), s("Conflict")), QStringList {s("Ready one")});
    SheetRequest all;
    all.readyOnly = false;
    EXPECT_EQ(titlesUnder(compose(all), s("Conflict")),
        (QStringList {s("Draft one"), s("Idea one"), s("Ready one")}));
}

TEST_F(SheetComposerTest, StoriesFiledNowhereComeLastUnderOtherStoriesUnlessCategoriesAreChosen)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    addStory(s("Filed"), 3, 3, {conflict});
    addStory(s("Loose, less sure"), 2, 2, {});
    addStory(s("Loose, sure"), 5, 5, {});

    const CheatSheet sheet = compose();
    ASSERT_EQ(sheet.categories.size(), 2);
    EXPECT_EQ(sheet.categories.last().name, s("Other stories"));
    EXPECT_FALSE(sheet.categories.last().id.isValid());
    EXPECT_EQ(titlesUnder(sheet, s("Other stories")),
        (QStringList {s("Loose, sure"), s("Loose, less sure")}));

    SheetRequest chosen;
    chosen.categories = {conflict};
    EXPECT_EQ(compose(chosen).categories.size(), 1);
}

TEST_F(SheetComposerTest, ChosenTagsKeepOnlyStoriesCarryingOneOfThem)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const TagId mobile = bank().ensureTag(s("mobile"));
    const TagId web = bank().ensureTag(s("web"));
    const TagId data = bank().ensureTag(s("data"));
    addStory(s("Mobile"), 3, 3, {conflict}, StoryStatus::Ready, {mobile});
    addStory(s("Web and data"), 3, 3, {conflict}, StoryStatus::Ready, {data, web});
    addStory(s("Untagged"), 3, 3, {conflict});

    SheetRequest request;
    request.tags = {web, mobile};
    EXPECT_EQ(titlesUnder(compose(request), s("Conflict")),
        (QStringList {s("Mobile"), s("Web and data")}));
}

TEST_F(SheetComposerTest, WithoutAChoiceEveryCategoryWithAStoryInTheBanksOrder)
{
    const CategoryId zeta = addCategory(s("Zeta"));
    addCategory(s("Empty"));
    const CategoryId alpha = addCategory(s("Alpha"));
    const CategoryId draftsOnly = addCategory(s("Drafts only"));
    addStory(s("A"), 3, 3, {alpha});
    addStory(s("Z"), 3, 3, {zeta});
    addStory(s("D"), 3, 3, {draftsOnly}, StoryStatus::Draft);

    const CheatSheet sheet = compose();
    EXPECT_EQ(categoryNames(sheet), (QStringList {s("Zeta"), s("Alpha")}));
    EXPECT_EQ(sheet.categories[0].id, zeta);
    EXPECT_EQ(sheet.categories[0].colour, s("#aa3300"));
}

TEST_F(SheetComposerTest, ChosenCategoriesInTheChosenOrderOnly)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    const CategoryId leadership = addCategory(s("Leadership"));
    addStory(s("C"), 3, 3, {conflict});
    addStory(s("F"), 3, 3, {failure});
    addStory(s("L"), 3, 3, {leadership});

    SheetRequest request;
    // A stale id and a repeated one are passed over.
    request.categories = {leadership, CategoryId(999), conflict, leadership};
    EXPECT_EQ(categoryNames(compose(request)), (QStringList {s("Leadership"), s("Conflict")}));
}

TEST_F(SheetComposerTest, AChosenCategoryWithNoStoryIsDropped)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    addStory(s("C"), 3, 3, {conflict});

    SheetRequest request;
    request.categories = {failure, conflict};
    EXPECT_EQ(categoryNames(compose(request)), QStringList {s("Conflict")});
}

TEST_F(SheetComposerTest, AStoryLinkedToAQuestionBelongsToTheQuestionsCategory)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    const QuestionId question =
        addQuestion(s("Tell me about a disagreement."), {failure, conflict});
    const StoryId linked = addStory(s("Linked only"));
    bank().link({linked, question, LinkFit::Partial, QString()});

    SheetRequest request;
    request.repeatStories = true;
    const CheatSheet sheet = compose(request);
    EXPECT_EQ(categoryNames(sheet), (QStringList {s("Conflict"), s("Failure")}));
    EXPECT_EQ(titlesUnder(sheet, s("Failure")), QStringList {s("Linked only")});
}

TEST_F(SheetComposerTest, RanksByLinkFitThenConfidenceThenImpactThenTitle)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const QuestionId question = addQuestion(s("A disagreement?"), {conflict});
    // Added in an order unlike the expected one, so insertion order cannot pass the test.
    const StoryId filedSure = addStory(s("Filed, very sure"), 5, 5, {conflict});
    const StoryId partial = addStory(s("Partial link"), 1, 1);
    const StoryId strongLow = addStory(s("Strong, unsure"), 1, 1);
    const StoryId strongHigh = addStory(s("Strong, sure"), 4, 1);
    const StoryId strongHighImpact = addStory(s("Strong, sure, big"), 4, 5, {conflict});
    bank().link({partial, question, LinkFit::Partial, QString()});
    bank().link({strongLow, question, LinkFit::Strong, QString()});
    bank().link({strongHigh, question, LinkFit::Strong, QString()});
    bank().link({strongHighImpact, question, LinkFit::Strong, QString()});
    bank().link({filedSure, question, LinkFit::Partial, QString()}); // partial beats filed

    SheetRequest request;
    request.storiesPerCategory = 3;
    EXPECT_EQ(titlesUnder(compose(request), s("Conflict")),
        (QStringList {s("Strong, sure, big"), s("Strong, sure"), s("Strong, unsure")}));

    bank().unlink(strongLow, question);
    bank().unlink(strongHigh, question);
    bank().unlink(strongHighImpact, question);
    EXPECT_EQ(titlesUnder(compose(request), s("Conflict")),
        (QStringList {s("Filed, very sure"), s("Partial link"), s("Strong, sure, big")}));
}

TEST_F(SheetComposerTest, EqualStoriesAreOrderedByTitleIgnoringCaseThenById)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const StoryId firstTwin = addStory(s("twin"), 3, 3, {conflict});
    const StoryId beta = addStory(s("beta"), 3, 3, {conflict});
    addStory(s("Alpha"), 3, 3, {conflict});
    const StoryId secondTwin = addStory(s("Twin"), 3, 3, {conflict});

    SheetRequest request;
    request.storiesPerCategory = 3;
    const CheatSheet sheet = compose(request);
    EXPECT_EQ(titlesUnder(sheet, s("Conflict")), (QStringList {s("Alpha"), s("beta"), s("twin")}));
    EXPECT_EQ(sheet.categories[0].stories[2].id, firstTwin);
    bank().removeStory(beta);
    EXPECT_EQ(compose(request).categories[0].stories[2].id, secondTwin);
}

TEST_F(SheetComposerTest, StoriesPerCategoryIsKeptBetweenOneAndThree)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    for (int i = 1; i <= 5; ++i)
        addStory(QStringLiteral("Story %1").arg(i), 3, 3, {conflict});

    SheetRequest request;
    for (const auto& [asked, shown] : {std::pair {0, 1}, {1, 1}, {2, 2}, {3, 3}, {9, 3}}) {
        request.storiesPerCategory = asked;
        EXPECT_EQ(compose(request).categories[0].stories.size(), shown) << "asked for " << asked;
    }
}

TEST_F(SheetComposerTest, AStoryStandsUnderItsFirstCategoryOnlyAndTheNextBestFillsIn)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    addStory(s("Star"), 5, 5, {conflict, failure});
    addStory(s("Conflict two"), 2, 2, {conflict});
    addStory(s("Failure two"), 2, 2, {failure});
    addStory(s("Only star left"), 3, 3, {failure});

    SheetRequest request;
    request.storiesPerCategory = 2;
    const CheatSheet sheet = compose(request);
    EXPECT_EQ(titlesUnder(sheet, s("Conflict")), (QStringList {s("Star"), s("Conflict two")}));
    EXPECT_EQ(
        titlesUnder(sheet, s("Failure")), (QStringList {s("Only star left"), s("Failure two")}));

    request.repeatStories = true;
    const CheatSheet repeated = compose(request);
    EXPECT_EQ(titlesUnder(repeated, s("Failure")), (QStringList {s("Star"), s("Only star left")}));
}

TEST_F(SheetComposerTest, ACategoryWhoseStoriesAllStandEarlierIsDropped)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    addStory(s("Both"), 3, 3, {conflict, failure});

    EXPECT_EQ(categoryNames(compose()), QStringList {s("Conflict")});
    SheetRequest request;
    request.repeatStories = true;
    EXPECT_EQ(categoryNames(compose(request)), (QStringList {s("Conflict"), s("Failure")}));
}

TEST_F(SheetComposerTest, StoryShowsItsHookOwnCuesAndKeyFigure)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    Story story = sampleStory();
    story.title = s("  Late   launch ");
    story.cues << s("   ");
    story.categories = {conflict};
    const StoryId id = bank().addStory(story);

    const SheetStory shown = compose().categories.at(0).stories.at(0);
    EXPECT_EQ(shown.id, id);
    EXPECT_EQ(shown.title, s("Late launch"));
    EXPECT_EQ(shown.hook, sampleStory().summary);
    EXPECT_EQ(shown.cues, sampleStory().cues); // the blank cue is left out
    EXPECT_FALSE(shown.cuesDerived);
    EXPECT_EQ(shown.keyFigure, s("40%"));
}

TEST_F(SheetComposerTest, StoryWithoutCuesGetsCuesFromItsSections)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    Story story = sampleStory();
    story.cues.clear();
    story.result = s("Nobody left the team.");
    story.categories = {conflict};
    bank().addStory(story);

    const SheetStory shown = compose().categories.at(0).stories.at(0);
    EXPECT_TRUE(shown.cuesDerived);
    ASSERT_EQ(shown.cues.size(), 4);
    EXPECT_EQ(shown.cues[0], s("Our mobile release was three weeks late"));
    EXPECT_EQ(shown.cues[2], s("Nobody left the team"));
    EXPECT_TRUE(shown.keyFigure.isEmpty());
}

TEST_F(SheetComposerTest, PitchPreparedAnswersAndQuestionsToAsk)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    addQuestion(s("Why us?"), {}, QuestionKind::AboutYou, s("Your mission"));
    addQuestion(s("Tell me about yourself"), {}, QuestionKind::AboutYou, s(" Ten years mobile. "));
    const QuestionId told =
        addQuestion(s("A conflict?"), {conflict}, QuestionKind::Behavioral, s("told by a story"));
    addQuestion(s("Salary expectations?"), {}, QuestionKind::RoleFit, s("Market rate"));
    addQuestion(s("How is success measured?"), {}, QuestionKind::ToAsk);
    addQuestion(s("Why is the role open?"), {}, QuestionKind::ToAsk, s("Growth or churn?"));
    const StoryId story = addStory(s("Story"));
    bank().link({story, told, LinkFit::Strong, QString()});

    const CheatSheet sheet = compose();
    EXPECT_EQ(sheet.pitch, s("Ten years mobile."));
    EXPECT_EQ(sheet.preparedAnswers,
        (QList<SheetAnswer> {
            {s("Why us?"), s("Your mission")}, {s("Salary expectations?"), s("Market rate")}}));
    EXPECT_EQ(sheet.questionsToAsk,
        (QStringList {s("Why is the role open?"), s("How is success measured?")}));
    EXPECT_EQ(titlesUnder(sheet, s("Conflict")), QStringList {s("Story")});

    SheetRequest noPitch;
    noPitch.includePitch = false;
    const CheatSheet withoutPitch = compose(noPitch);
    EXPECT_TRUE(withoutPitch.pitch.isEmpty());
    EXPECT_EQ(withoutPitch.preparedAnswers, sheet.preparedAnswers); // the pitch stays off

    SheetRequest none;
    none.includePitch = false;
    none.includePreparedAnswers = false;
    none.includeQuestionsToAsk = false;
    const CheatSheet bare = compose(none);
    EXPECT_TRUE(bare.pitch.isEmpty());
    EXPECT_TRUE(bare.preparedAnswers.isEmpty());
    EXPECT_TRUE(bare.questionsToAsk.isEmpty());
    EXPECT_EQ(bare.categories, sheet.categories);
}

TEST_F(SheetComposerTest, ABankOfQuestionsOnlyIsNotAnEmptySheet)
{
    addQuestion(s("Tell me about yourself"), {}, QuestionKind::AboutYou, s("Ten years mobile."));
    const CheatSheet sheet = compose();
    EXPECT_TRUE(sheet.categories.isEmpty());
    EXPECT_FALSE(sheet.isEmpty());
}

TEST_F(SheetComposerTest, ComposingTwiceGivesTheSameSheet)
{
    const CategoryId conflict = addCategory(s("Conflict"));
    const CategoryId failure = addCategory(s("Failure"));
    const QuestionId question = addQuestion(s("A failure?"), {failure});
    for (int i = 0; i < 8; ++i) {
        const StoryId id = addStory(QStringLiteral("Story %1").arg(i % 3), 1 + i % 5, 1 + i % 2,
            i % 2 ? QList<CategoryId> {conflict} : QList<CategoryId> {conflict, failure});
        if (i % 3 == 0)
            bank().link({id, question, i % 2 ? LinkFit::Strong : LinkFit::Partial, QString()});
    }
    const CheatSheet first = compose();
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(compose(), first);
}

} // namespace
} // namespace sb::test

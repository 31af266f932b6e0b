#include "core/BankError.h"
#include "tests/support/TempBank.h"

#include <QSignalSpy>

namespace sb::test {
namespace {

using LabelMembershipTest = TempBankTest;
using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

QList<BankChange> changesIn(const QSignalSpy& spy)
{
    QList<BankChange> changes;
    for (const QList<QVariant>& call : spy)
        changes.append(call.at(0).value<BankChange>());
    return changes;
}

bool announced(const QSignalSpy& spy, Entity entity, Kind kind, int64_t id)
{
    for (const BankChange& change : changesIn(spy)) {
        if (change.entity == entity && change.kind == kind && change.id == id)
            return true;
    }
    return false;
}

Category categoryNamed(const QString& name)
{
    Category category;
    category.name = name;
    return category;
}

StoryId storyTagged(Bank& bank, const QString& title, const QList<TagId>& tags)
{
    Story story = sampleStory();
    story.title = title;
    story.tags = tags;
    return bank.addStory(story);
}

TEST_F(LabelMembershipTest, MergingTagsMovesEveryStoryAndRemovesTheOldTag)
{
    const TagId js = bank().ensureTag(QStringLiteral("js"));
    const TagId javascript = bank().ensureTag(QStringLiteral("JavaScript"));
    const StoryId onlyOld = storyTagged(bank(), QStringLiteral("A"), {js});
    const StoryId both = storyTagged(bank(), QStringLiteral("B"), {javascript, js});
    const StoryId onlyNew = storyTagged(bank(), QStringLiteral("C"), {javascript});

    QSignalSpy spy(&bank(), &Bank::changed);
    bank().mergeTags(js, javascript);

    EXPECT_FALSE(bank().tag(js).has_value());
    EXPECT_EQ(bank().storiesWithTag(javascript), (QList<StoryId> {onlyOld, both, onlyNew}));
    EXPECT_EQ(bank().story(both)->tags, QList<TagId> {javascript}); // not twice
    EXPECT_TRUE(announced(spy, Entity::Tag, Kind::Removed, js.value));
    EXPECT_TRUE(announced(spy, Entity::Story, Kind::Updated, onlyOld.value));
    EXPECT_TRUE(announced(spy, Entity::Story, Kind::Updated, both.value));
    EXPECT_FALSE(announced(spy, Entity::Story, Kind::Updated, onlyNew.value));
    // The search index follows: the moved story is found by the surviving tag's name.
    bool found = false;
    for (const SearchHit& hit : bank().search(QStringLiteral("javascript")))
        found = found || (hit.kind == SearchHit::Kind::Story && hit.id == onlyOld.value);
    EXPECT_TRUE(found);
}

TEST_F(LabelMembershipTest, MergingATagIntoItselfOrAMissingTagIsRefused)
{
    const TagId tag = bank().ensureTag(QStringLiteral("go"));
    EXPECT_THROW(bank().mergeTags(tag, tag), BankError);
    EXPECT_THROW(bank().mergeTags(tag, TagId(999)), BankError);
    EXPECT_TRUE(bank().tag(tag).has_value());
}

TEST_F(LabelMembershipTest, RestoringAMergedTagAndItsStoriesUndoesTheMerge)
{
    const TagId from = bank().ensureTag(QStringLiteral("k8s"));
    const TagId into = bank().ensureTag(QStringLiteral("Kubernetes"));
    const StoryId a = storyTagged(bank(), QStringLiteral("A"), {from});
    const StoryId b = storyTagged(bank(), QStringLiteral("B"), {into});
    const Tag removed = *bank().tag(from);
    const QList<StoryId> fromBefore = bank().storiesWithTag(from);
    const QList<StoryId> intoBefore = bank().storiesWithTag(into);
    bank().mergeTags(from, into);

    bank().restoreTag(removed, fromBefore);
    bank().setStoriesWithTag(into, intoBefore);

    EXPECT_EQ(bank().tag(from), removed);
    EXPECT_EQ(bank().story(a)->tags, QList<TagId> {from});
    EXPECT_EQ(bank().story(b)->tags, QList<TagId> {into});
}

TEST_F(LabelMembershipTest, RemovingATagAnnouncesTheStoriesThatLoseIt)
{
    const TagId tag = bank().ensureTag(QStringLiteral("python"));
    const StoryId story = storyTagged(bank(), QStringLiteral("A"), {tag});
    QSignalSpy spy(&bank(), &Bank::changed);
    bank().removeTag(tag);
    EXPECT_TRUE(announced(spy, Entity::Story, Kind::Updated, story.value));
    EXPECT_TRUE(bank().story(story)->tags.isEmpty());
}

TEST_F(LabelMembershipTest, RemovedCategoryComesBackOnItsQuestionsAndStories)
{
    const CategoryId category = bank().addCategory(categoryNamed(QStringLiteral("Conflict")));
    Question question;
    question.text = QStringLiteral("Tell me about a disagreement.");
    question.categories = {category};
    const QuestionId asked = bank().addQuestion(question);
    Story story = sampleStory();
    story.categories = {category};
    const StoryId told = bank().addStory(story);
    const Category removed = *bank().category(category);
    const QList<QuestionId> questions = bank().questionsInCategory(category);
    const QList<StoryId> stories = bank().storiesInCategory(category);

    QSignalSpy spy(&bank(), &Bank::changed);
    bank().removeCategory(category);
    EXPECT_TRUE(announced(spy, Entity::Question, Kind::Updated, asked.value));
    EXPECT_TRUE(announced(spy, Entity::Story, Kind::Updated, told.value));
    EXPECT_TRUE(bank().question(asked)->categories.isEmpty());

    bank().restoreCategory(removed, questions, stories);
    EXPECT_EQ(bank().category(category), removed);
    EXPECT_EQ(bank().question(asked)->categories, QList<CategoryId> {category});
    EXPECT_EQ(bank().story(told)->categories, QList<CategoryId> {category});
    EXPECT_THROW(bank().restoreCategory(removed, {}, {}), BankError); // its id is taken again
}

TEST_F(LabelMembershipTest, CountsAndAnsweredQuestionsFollowTheLinks)
{
    const CategoryId category = bank().addCategory(categoryNamed(QStringLiteral("Failure")));
    const TagId tag = bank().ensureTag(QStringLiteral("sql"));
    Question question;
    question.text = QStringLiteral("Tell me about a failure.");
    question.categories = {category};
    const QuestionId answered = bank().addQuestion(question);
    question.text = QStringLiteral("What would you do differently?");
    const QuestionId open = bank().addQuestion(question);
    Story story = sampleStory();
    story.tags = {tag};
    story.categories = {category};
    const StoryId told = bank().addStory(story);
    bank().link({told, answered, LinkFit::Strong, QString()});

    EXPECT_EQ(bank().answeredQuestions(), QList<QuestionId> {answered});
    EXPECT_EQ(bank().storyCountByTag().value(tag), 1);
    EXPECT_EQ(bank().storyCountByCategory().value(category), 1);
    EXPECT_EQ(bank().questionCountByCategory().value(category), 2);
    EXPECT_FALSE(bank().answeredQuestions().contains(open));
}

TEST_F(LabelMembershipTest, RemovedQuestionComesBackWithItsLinksAndAnnouncesThem)
{
    Question question;
    question.text = QStringLiteral("Why this company?");
    question.variants = {QStringLiteral("Why us?")};
    const QuestionId id = bank().addQuestion(question);
    const StoryId story = bank().addStory(sampleStory());
    bank().link({story, id, LinkFit::Partial, QStringLiteral("the mission")});
    const Question before = *bank().question(id);
    const QList<StoryQuestionLink> links = bank().linksOfQuestion(id);

    QSignalSpy removal(&bank(), &Bank::changed);
    bank().removeQuestion(id);
    EXPECT_TRUE(bank().linksOfStory(story).isEmpty());
    bool linkRemoved = false;
    for (const BankChange& change : changesIn(removal))
        linkRemoved = linkRemoved
            || (change.entity == Entity::Link && change.kind == Kind::Removed
                && change.id == story.value && change.otherId == id.value);
    EXPECT_TRUE(linkRemoved);

    EXPECT_EQ(bank().restoreQuestion(before, links), id);
    const Question after = *bank().question(id);
    EXPECT_EQ(after.text, before.text);
    EXPECT_EQ(after.variants, before.variants);
    EXPECT_EQ(after.created, before.created);
    EXPECT_EQ(bank().linksOfQuestion(id), links);
    EXPECT_THROW(bank().restoreQuestion(before, {}), BankError);
}

TEST_F(LabelMembershipTest, RestoredStoryLeavesOutTagsDeletedSince)
{
    const TagId kept = bank().ensureTag(QStringLiteral("kept"));
    const TagId gone = bank().ensureTag(QStringLiteral("gone"));
    const StoryId id = storyTagged(bank(), QStringLiteral("A"), {kept, gone});
    const Story before = *bank().story(id);
    bank().removeStory(id);
    bank().removeTag(gone);
    bank().restoreStory(before, {});
    EXPECT_EQ(bank().story(id)->tags, QList<TagId> {kept});
}

TEST_F(LabelMembershipTest, AddingARowWithAnIdStillMakesANewOne)
{
    const CategoryId first = bank().addCategory(categoryNamed(QStringLiteral("One")));
    Category copy = *bank().category(first);
    copy.name = QStringLiteral("Two");
    EXPECT_NE(bank().addCategory(copy), first);
    Question question;
    question.text = QStringLiteral("Q");
    const QuestionId q = bank().addQuestion(question);
    Question again = *bank().question(q);
    EXPECT_NE(bank().addQuestion(again), q);
}

} // namespace
} // namespace sb::test

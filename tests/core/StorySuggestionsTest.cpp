// Ranking the stories likely to answer a question, on a bank built so each story has exactly
// one kind of evidence (or a known mix of them).

#include "core/analysis/StorySuggestions.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

// The question asked: "Describe a conflict over a deadline with your manager." (Conflict).
// vendor: filed under Conflict, tag negotiation          -> 3 + 1 (tag shared with spat) = 4
// spat: answers another Conflict question, tag negotiation -> 3 + 1 (shared with vendor) = 4
// crunch: its action mentions a deadline, tag cloud        -> 2
// contract: tag negotiation only                           -> 1
// garden: nothing in common                                -> not suggested
// linked: already linked to the question                   -> never suggested
class StorySuggestionsTest : public TempBankTest {
protected:
    void SetUp() override
    {
        conflict = addCategory(QStringLiteral("Conflict"));
        addCategory(QStringLiteral("Failure"));
        const TagId negotiation = bank().ensureTag(QStringLiteral("negotiation"));
        const TagId cloud = bank().ensureTag(QStringLiteral("cloud"));

        Question asked;
        asked.text = QStringLiteral("Describe a conflict over a deadline with your manager.");
        asked.categories = {conflict};
        question = bank().addQuestion(asked);
        Question other;
        other.text = QStringLiteral("Tell me about a disagreement.");
        other.categories = {conflict};
        const QuestionId disagreement = bank().addQuestion(other);

        vendor = addStory(QStringLiteral("Vendor dispute"), QString(), {negotiation}, {conflict});
        spat = addStory(QStringLiteral("Team spat"), QString(), {negotiation}, {});
        crunch = addStory(QStringLiteral("Crunch"),
            QStringLiteral("Moved the launch deadline by a week"), {cloud}, {});
        contract = addStory(QStringLiteral("Contract talks"), QString(), {negotiation}, {});
        garden = addStory(QStringLiteral("Garden"), QStringLiteral("Grew tomatoes"), {}, {});
        linked = addStory(QStringLiteral("Linked"), QStringLiteral("A conflict about a deadline"),
            {negotiation}, {conflict});
        bank().link({spat, disagreement, LinkFit::Partial, QString()});
        bank().link({linked, question, LinkFit::Strong, QString()});
    }

    CategoryId addCategory(const QString& name)
    {
        Category category;
        category.name = name;
        return bank().addCategory(category);
    }

    StoryId addStory(const QString& title, const QString& action, const QList<TagId>& tags,
        const QList<CategoryId>& categories)
    {
        Story story;
        story.title = title;
        story.action = action;
        story.tags = tags;
        story.categories = categories;
        return bank().addStory(story);
    }

    static QList<StoryId> ids(const QList<Suggestion>& suggestions)
    {
        QList<StoryId> result;
        for (const Suggestion& suggestion : suggestions)
            result.append(suggestion.story);
        return result;
    }

    CategoryId conflict;
    QuestionId question;
    StoryId vendor, spat, crunch, contract, garden, linked;
};

TEST_F(StorySuggestionsTest, RanksByCategoriesThenWordsThenTagsAndLeavesLinkedStoriesOut)
{
    const QList<Suggestion> suggestions = suggestStories(bank(), question, 10);
    EXPECT_EQ(ids(suggestions), (QList<StoryId> {vendor, spat, crunch, contract}));
    ASSERT_EQ(suggestions.size(), 4);
    EXPECT_DOUBLE_EQ(suggestions[0].score, 4);
    EXPECT_DOUBLE_EQ(suggestions[1].score, 4);
    EXPECT_DOUBLE_EQ(suggestions[2].score, 2);
    EXPECT_DOUBLE_EQ(suggestions[3].score, 1);
}

TEST_F(StorySuggestionsTest, ReasonsSayWhichCategoryAndWhichWords)
{
    const QList<Suggestion> suggestions = suggestStories(bank(), question, 10);
    ASSERT_EQ(suggestions.size(), 4);
    EXPECT_TRUE(suggestions[0].reasons.first().contains(QStringLiteral("Conflict")));
    ASSERT_EQ(suggestions[2].reasons.size(), 1);
    EXPECT_TRUE(suggestions[2].reasons.first().contains(QStringLiteral("deadline")));
    EXPECT_FALSE(suggestions[2].reasons.first().contains(QStringLiteral("manager")));
}

TEST_F(StorySuggestionsTest, LimitKeepsTheBestAndAnUnknownQuestionGetsNothing)
{
    EXPECT_EQ(ids(suggestStories(bank(), question, 2)), (QList<StoryId> {vendor, spat}));
    EXPECT_TRUE(suggestStories(bank(), QuestionId(9999), 10).isEmpty());
}

TEST_F(StorySuggestionsTest, MeaningfulWordsDropStopWordsShortWordsAndRepeats)
{
    EXPECT_EQ(meaningfulWords(QStringLiteral(
                  "Tell me about a time you handled a conflict — a Conflict with your manager?")),
        (QStringList {
            QStringLiteral("handled"), QStringLiteral("conflict"), QStringLiteral("manager")}));
}

} // namespace
} // namespace sb::test

#include "core/store/SearchQuery.h"
#include "tests/support/TempBank.h"

#include <algorithm>

namespace sb::test {
namespace {

class SearchTest : public TempBankTest {
protected:
    StoryId addStory(const QString& title, const QString& action = QString())
    {
        Story story;
        story.title = title;
        story.action = action;
        return bank().addStory(story);
    }

    QList<int64_t> storyIds(const QString& text)
    {
        QList<int64_t> ids;
        for (const SearchHit& hit : bank().search(text)) {
            if (hit.kind == SearchHit::Kind::Story)
                ids.append(hit.id);
        }
        return ids;
    }
};

TEST_F(SearchTest, WordPrefixFindsTheStory)
{
    const StoryId id = addStory(QStringLiteral("Negotiated a vendor contract"));
    EXPECT_EQ(storyIds(QStringLiteral("negot")), QList<int64_t> {id.value});
    EXPECT_EQ(storyIds(QStringLiteral("NEGOTIATED")), QList<int64_t> {id.value});
    EXPECT_TRUE(storyIds(QStringLiteral("contractor")).isEmpty());
}

TEST_F(SearchTest, EveryWordMustMatch)
{
    const StoryId both =
        addStory(QStringLiteral("Led the migration"), QStringLiteral("database cutover"));
    addStory(QStringLiteral("Led the hiring loop"));
    EXPECT_EQ(storyIds(QStringLiteral("led data")), QList<int64_t> {both.value});
}

TEST_F(SearchTest, TitleMatchesRankAboveMatchesDeepInASection)
{
    const StoryId inBody = addStory(QStringLiteral("Quarterly planning"),
        QStringLiteral("We also discussed the budget at length"));
    const StoryId inTitle = addStory(QStringLiteral("Budget overrun recovery"));
    EXPECT_EQ(storyIds(QStringLiteral("budget")), (QList<int64_t> {inTitle.value, inBody.value}));
}

TEST_F(SearchTest, EverySectionCueAndTagIsSearchable)
{
    Story story = sampleStory();
    story.tags = {bank().ensureTag(QStringLiteral("kotlin"))};
    const StoryId id = bank().addStory(story);
    for (const char* word : {"trade", "riskiest", "crash", "scope", "kotlin", "slipping", "weeks"})
        EXPECT_EQ(storyIds(QString::fromLatin1(word)), QList<int64_t> {id.value}) << word;
}

TEST_F(SearchTest, QuestionsAreFoundByTextVariantsAndNotes)
{
    Question q;
    q.text = QStringLiteral("Tell me about a time you failed.");
    q.variants = {QStringLiteral("Describe a setback you caused.")};
    q.notes = QStringLiteral("Own it; show the fix.");
    const QuestionId id = bank().addQuestion(q);
    for (const char* word : {"failed", "setback", "fix"}) {
        const QList<SearchHit> hits = bank().search(QString::fromLatin1(word));
        ASSERT_EQ(hits.size(), 1) << word;
        EXPECT_EQ(hits[0].kind, SearchHit::Kind::Question);
        EXPECT_EQ(hits[0].id, id.value);
        EXPECT_EQ(hits[0].title, q.text);
    }
}

TEST_F(SearchTest, SnippetMarksTheMatchedWord)
{
    addStory(
        QStringLiteral("Untitled"), QStringLiteral("I rewrote the onboarding guide for new hires"));
    const QList<SearchHit> hits = bank().search(QStringLiteral("onboard"));
    ASSERT_EQ(hits.size(), 1);
    const QString marked =
        SearchHit::MatchStart + QStringLiteral("onboarding") + SearchHit::MatchEnd;
    EXPECT_TRUE(hits[0].snippet.contains(marked)) << hits[0].snippet.toStdString();
}

TEST_F(SearchTest, AVeryLongStoryGetsASnippetThatMarksTheWordToo)
{
    const QString filler = QStringLiteral("Lots of notes pasted in. ").repeated(2000);
    addStory(QStringLiteral("Untitled"), filler + QStringLiteral("Then the ONBOARDING guide."));
    const QList<SearchHit> hits = bank().search(QStringLiteral("onboard"));
    ASSERT_EQ(hits.size(), 1);
    const QString marked =
        SearchHit::MatchStart + QStringLiteral("ONBOARDING") + SearchHit::MatchEnd;
    EXPECT_TRUE(hits[0].snippet.contains(marked)) << hits[0].snippet.toStdString();
    EXPECT_LT(hits[0].snippet.size(), 200) << "a snippet, not the story";
}

TEST_F(SearchTest, IndexFollowsEditsAndRemovals)
{
    const StoryId id = addStory(QStringLiteral("Original wording"));
    Story story = *bank().story(id);
    story.title = QStringLiteral("Fresh wording");
    bank().updateStory(story);
    EXPECT_TRUE(storyIds(QStringLiteral("original")).isEmpty());
    EXPECT_EQ(storyIds(QStringLiteral("fresh")), QList<int64_t> {id.value});
    bank().removeStory(id);
    EXPECT_TRUE(storyIds(QStringLiteral("fresh")).isEmpty());
    EXPECT_TRUE(bank().problems().isEmpty());
}

TEST_F(SearchTest, AccentsAreFoldedBothWays)
{
    const StoryId id = addStory(QStringLiteral("Rewrote my résumé pipeline at Société Générale"));
    EXPECT_EQ(storyIds(QStringLiteral("resume")), QList<int64_t> {id.value});
    EXPECT_EQ(storyIds(QStringLiteral("société")), QList<int64_t> {id.value});
}

TEST_F(SearchTest, NonLatinScriptsAreSearchable)
{
    const StoryId cyrillic = addStory(QStringLiteral("Запуск продукта в срок"));
    const StoryId greek = addStory(QStringLiteral("Μετάβαση στο νέφος"));
    const StoryId arabic = addStory(QStringLiteral("قيادة فريق التطوير"));
    EXPECT_EQ(storyIds(QStringLiteral("запуск")), QList<int64_t> {cyrillic.value});
    EXPECT_EQ(storyIds(QStringLiteral("νέφ")), QList<int64_t> {greek.value});
    EXPECT_EQ(storyIds(QStringLiteral("فريق")), QList<int64_t> {arabic.value});
}

// Text a user types is text: FTS5 operators, quotes and LIKE wildcards must neither fail nor
// act as syntax.
class SearchMetacharacterTest : public SearchTest,
                                public ::testing::WithParamInterface<const char*> { };

TEST_P(SearchMetacharacterTest, IsSearchedLiterallyWithoutError)
{
    const StoryId plain = addStory(QStringLiteral("Plain story about teams"));
    const QString query = QString::fromUtf8(GetParam());
    QList<SearchHit> hits;
    EXPECT_NO_THROW(hits = bank().search(query));
    for (const SearchHit& hit : hits)
        EXPECT_NE(hit.id, plain.value) << "matched a story without the text: " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Queries, SearchMetacharacterTest,
    ::testing::Values("%", "_", "%%", "\"", "\"\"\"", "'", "*", "a*b", "(", ")", "NOT", "AND", "OR",
        "NEAR(x y)", "title:x", "^x", "-x", "+", "\\", "x OR teams*", "\"unclosed", "{title}: x",
        "100%", "snake_case_name", "💥"));

TEST_F(SearchTest, WildcardCharactersMatchOnlyThemselves)
{
    const StoryId percent = addStory(QStringLiteral("Cut costs by 100% per year"));
    const StoryId underscore = addStory(QStringLiteral("Renamed my_variable everywhere"));
    addStory(QStringLiteral("Cut costs by 100 dollars"));
    addStory(QStringLiteral("Renamed myXvariable too"));
    EXPECT_EQ(storyIds(QStringLiteral("%")), QList<int64_t> {percent.value});
    EXPECT_EQ(storyIds(QStringLiteral("_")), QList<int64_t> {underscore.value});
}

TEST_F(SearchTest, OperatorWordsAreOrdinaryWords)
{
    const StoryId id = addStory(QStringLiteral("Research AND development NOT as usual"));
    addStory(QStringLiteral("Research only"));
    EXPECT_EQ(storyIds(QStringLiteral("research AND not")), QList<int64_t> {id.value});
}

TEST_F(SearchTest, QuotesInTheQueryMatchTextWithQuotes)
{
    const StoryId id = addStory(QStringLiteral("The \"quick win\" that wasn't"));
    EXPECT_EQ(storyIds(QStringLiteral("\"quick win\"")), QList<int64_t> {id.value});
    EXPECT_EQ(storyIds(QStringLiteral("wasn't")), QList<int64_t> {id.value});
}

TEST_F(SearchTest, EmojiAreFoundLiterally)
{
    const StoryId id = addStory(QStringLiteral("Shipped it 🚀"));
    EXPECT_EQ(storyIds(QStringLiteral("🚀")), QList<int64_t> {id.value});
}

TEST_F(SearchTest, EmptyQueryFindsNothing)
{
    addStory(QStringLiteral("Anything"));
    EXPECT_TRUE(bank().search(QStringLiteral("   ")).isEmpty());
}

TEST_F(SearchTest, LimitCapsTheResults)
{
    for (int i = 0; i < 10; ++i)
        addStory(QStringLiteral("Onboarding story %1").arg(i));
    EXPECT_EQ(bank().search(QStringLiteral("onboarding"), 3).size(), 3);
}

TEST(SearchQueryTest, EachWordBecomesAQuotedPrefix)
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("led  team"));
    EXPECT_EQ(query.match, QStringLiteral("\"led\"* \"team\"*"));
    EXPECT_TRUE(query.literals.isEmpty());
}

TEST(SearchQueryTest, WordsWithSymbolsAreAlsoCheckedLiterally)
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("say \"hi\" (c++) wasn't"));
    EXPECT_EQ(query.match, QStringLiteral("\"say\"* \"\"\"hi\"\"\"* \"(c++)\"* \"wasn't\"*"));
    EXPECT_EQ(query.literals, QStringList {QStringLiteral("c++")});
}

TEST_F(SearchTest, QuotesAndApostrophesDoNotHaveToMatchExactly)
{
    const StoryId id = addStory(QStringLiteral("The “quick win” that wasn’t"));
    EXPECT_EQ(storyIds(QStringLiteral("\"quick win\"")), QList<int64_t> {id.value});
    EXPECT_EQ(storyIds(QStringLiteral("wasn't")), QList<int64_t> {id.value});
}

TEST(SearchQueryTest, SymbolsAndUnspacedScriptsAreLiteralOnly)
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("% _ * 按时"));
    EXPECT_TRUE(query.match.isEmpty());
    EXPECT_EQ(query.literals.size(), 4);
}

TEST_F(SearchTest, CommonWordFindsTheUsersStoryBeforeStarterQuestions)
{
    const auto withCatalog = catalogBank();
    Story story;
    story.title = QStringLiteral("Rebuilt the team after a reorg");
    const StoryId id = withCatalog->addStory(story);
    const QList<SearchHit> hits = withCatalog->search(QStringLiteral("team"), 20);
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().kind, SearchHit::Kind::Story);
    EXPECT_EQ(hits.first().id, id.value);
    EXPECT_GT(hits.size(), 1) << "starter questions about teams should follow";
}

TEST_F(SearchTest, PunctuatedWordsMatchOnlyThemselves)
{
    const StoryId cpp = addStory(QStringLiteral("Modernised our C++ build"));
    addStory(QStringLiteral("Creative customer workshop"));
    addStory(QStringLiteral("C build scripts"));
    EXPECT_EQ(storyIds(QStringLiteral("c++")), QList<int64_t> {cpp.value});
}

TEST_F(SearchTest, WordInsideAChineseOrJapaneseRunIsFound)
{
    const StoryId chinese = addStory(QStringLiteral("我们团队按时交付了项目"));
    const StoryId japanese = addStory(QStringLiteral("チームを率いて期限内に出荷した"));
    EXPECT_EQ(storyIds(QStringLiteral("按时")), QList<int64_t> {chinese.value});
    EXPECT_EQ(storyIds(QStringLiteral("期限")), QList<int64_t> {japanese.value});
}

TEST_F(SearchTest, LiteralSearchCoversCuesTagsAndMarksTheMatch)
{
    Story story;
    story.title = QStringLiteral("Uptime");
    story.cues = {QStringLiteral("99.9% uptime")};
    story.tags = {bank().ensureTag(QStringLiteral("c#"))};
    const StoryId id = bank().addStory(story);
    EXPECT_EQ(storyIds(QStringLiteral("%")), QList<int64_t> {id.value});
    EXPECT_EQ(storyIds(QStringLiteral("c#")), QList<int64_t> {id.value});
    const QList<SearchHit> hits = bank().search(QStringLiteral("%"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_TRUE(hits[0].snippet.contains(
        SearchHit::MatchStart + QStringLiteral("%") + SearchHit::MatchEnd));
}

TEST_F(SearchTest, SearchStoriesGivesEveryMatchSearchFinds)
{
    // More than search()'s default limit of 50.
    for (int i = 0; i < 60; ++i) {
        if (i % 2 == 0)
            addStory(QStringLiteral("Budget review %1").arg(i));
        else
            addStory(QStringLiteral("Story %1").arg(i), QStringLiteral("We cut the budget"));
    }
    addStory(QStringLiteral("Hiring loop"));
    QList<int64_t> matched;
    for (StoryId id : bank().searchStories(QStringLiteral("budg")))
        matched.append(id.value);
    QList<int64_t> searched;
    for (const SearchHit& hit : bank().search(QStringLiteral("budg"), 1000)) {
        if (hit.kind == SearchHit::Kind::Story)
            searched.append(hit.id);
    }
    EXPECT_EQ(matched.size(), 60);
    std::sort(searched.begin(), searched.end());
    EXPECT_EQ(matched, searched);
}

TEST_F(SearchTest, HeadlineScopeNeedsEveryWordInTitleHookOrTags)
{
    Story tagged;
    tagged.title = QStringLiteral("Cut cloud costs");
    tagged.tags = {bank().ensureTag(QStringLiteral("budget"))};
    const StoryId inTags = bank().addStory(tagged);
    const StoryId inTitle = addStory(QStringLiteral("Budget cuts"), QStringLiteral("cloud bill"));
    const StoryId inBody = addStory(QStringLiteral("Quarter"), QStringLiteral("budget cuts"));
    EXPECT_EQ(bank().searchStories(QStringLiteral("budget"), SearchScope::Headline),
        (QList<StoryId> {inTags, inTitle}));
    EXPECT_EQ(bank().searchStories(QStringLiteral("budget cloud"), SearchScope::Headline),
        QList<StoryId> {inTags});
    EXPECT_EQ(
        bank().searchStories(QStringLiteral("budget")), (QList<StoryId> {inTags, inTitle, inBody}));
}

TEST_F(SearchTest, SearchStoriesChecksLiteralWords)
{
    const StoryId cpp = addStory(QStringLiteral("Ported the engine"), QStringLiteral("to C++ 20"));
    addStory(QStringLiteral("Ported the app"), QStringLiteral("to C 99"));
    EXPECT_EQ(bank().searchStories(QStringLiteral("ported c++")), QList<StoryId> {cpp});
    EXPECT_EQ(bank().searchStories(QStringLiteral("c++")), QList<StoryId> {cpp});
    EXPECT_TRUE(bank().searchStories(QStringLiteral("  ")).isEmpty());
}

TEST_F(SearchTest, SearchQuestionsFindsTextVariantsAndNotesOrOnlyTheText)
{
    Question inText;
    inText.text = QStringLiteral("Tell me about a stakeholder conflict");
    const QuestionId text = bank().addQuestion(inText);
    Question inVariant;
    inVariant.text = QStringLiteral("Describe a hard conversation");
    inVariant.variants = {QStringLiteral("A stakeholder who pushed back?")};
    const QuestionId variant = bank().addQuestion(inVariant);
    Question elsewhere;
    elsewhere.text = QStringLiteral("Why this role?");
    bank().addQuestion(elsewhere);

    EXPECT_EQ(bank().searchQuestions(QStringLiteral("stake")), (QList<QuestionId> {text, variant}));
    EXPECT_EQ(bank().searchQuestions(QStringLiteral("stake"), SearchScope::Headline),
        QList<QuestionId> {text});
}

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST(SearchQueryTest, APastedPageCountsOnlyItsFirstWords)
{
    QStringList words;
    for (int n = 0; n < 5000; ++n)
        words.append(QStringLiteral("word%1").arg(n));
    const SearchQuery query = SearchQuery::parse(words.join(u' '));
    EXPECT_EQ(query.match.count(QStringLiteral("*")), SearchQuery::kMaxWords);
    EXPECT_TRUE(query.match.startsWith(QStringLiteral("\"word0\"*")));
}

TEST_F(SearchTest, APastedPageFindsWhatItsFirstWordsFind)
{
    Story story = sampleStory(QStringLiteral("Negotiated the vendor contract"));
    bank().addStory(story);
    const QString page =
        QStringLiteral("negotiated vendor ") + QStringLiteral("filler ").repeated(100000);
    EXPECT_TRUE(bank().search(page, 5).isEmpty()) << "every counted word must match";
    const QString matching = QStringLiteral("negotiated vendor ").repeated(100000);
    EXPECT_FALSE(bank().search(matching, 5).isEmpty());
}

} // namespace
} // namespace sb::test

#include "core/BankError.h"
#include "core/exchange/ImportError.h"
#include "tests/support/TempBank.h"

#include <QSignalSpy>

namespace sb::test {
namespace {

ImportedQuestion importedQuestion(int key, const QString& text, const QStringList& categories = {})
{
    ImportedQuestion imported;
    imported.question.id = QuestionId(key);
    imported.question.text = text;
    imported.categoryNames = categories;
    return imported;
}

ImportedStory importedStory(int key, const QString& title, const QList<int>& questionKeys = {})
{
    ImportedStory imported;
    imported.story.id = StoryId(key);
    imported.story.title = title;
    imported.story.situation = QStringLiteral("The launch slipped.");
    imported.story.result = QStringLiteral("Shipped 2 weeks early.");
    for (int question : questionKeys)
        imported.links.append({StoryId(key), QuestionId(question), LinkFit::Strong, QString()});
    return imported;
}

ImportedStory reference(int key, const QString& title, const QList<int>& questionKeys)
{
    ImportedStory imported;
    imported.story.id = StoryId(key);
    imported.story.title = title;
    imported.reference = true;
    for (int question : questionKeys)
        imported.links.append({StoryId(key), QuestionId(question), LinkFit::Strong, QString()});
    return imported;
}

// Two questions in a category, one story answering both.
ImportDocument notes()
{
    ImportDocument document;
    document.source = QStringLiteral("notes.md");
    document.questions = {importedQuestion(1, QStringLiteral("Tell me about a conflict."),
                              {QStringLiteral("Conflict")}),
        importedQuestion(2, QStringLiteral("Describe a disagreement with your manager"),
            {QStringLiteral("conflict"), QStringLiteral("Influence")})};
    ImportedStory story = importedStory(1, QStringLiteral("Pricing dispute"), {1, 2});
    story.tagNames = {QStringLiteral("negotiation")};
    story.links[1].fit = LinkFit::Partial;
    story.links[1].angle = QStringLiteral("Stress the data");
    document.stories = {story};
    document.warnings = {{document.source, 7, QStringLiteral("Skipped a table")}};
    return document;
}

class BankImportTest : public TempBankTest {
protected:
    // Everything a user could tell apart, to compare a bank before and after.
    QString snapshot()
    {
        QStringList lines;
        for (const Category& c : bank().categories())
            lines << QStringLiteral("category ") + c.name;
        for (const Tag& t : bank().tags())
            lines << QStringLiteral("tag ") + t.name;
        for (const Question& q : bank().questions())
            lines << QStringLiteral("question ") + q.text + q.variants.join(u'|') + q.notes
                    + QString::number(q.categories.size());
        for (const Story& s : bank().stories()) {
            lines << QStringLiteral("story ") + s.title + s.situation;
            for (const StoryQuestionLink& l : bank().linksOfStory(s.id))
                lines << QStringLiteral("link %1 %2").arg(l.question.value).arg(l.angle);
        }
        return lines.join(u'\n');
    }
};

TEST_F(BankImportTest, AddsQuestionsStoriesLinksAndCategoriesByName)
{
    const ImportSummary summary = bank().importDocuments({notes()});

    EXPECT_EQ(summary.questionsAdded, 2);
    EXPECT_EQ(summary.storiesAdded, 1);
    EXPECT_EQ(summary.linksAdded, 2);
    EXPECT_EQ(summary.categoriesAdded, 2); // "Conflict" and "conflict" are one
    EXPECT_EQ(summary.tagsAdded, 1);
    ASSERT_EQ(summary.warnings.size(), 1);
    EXPECT_EQ(summary.warnings[0].line, 7);

    const auto conflict = bank().categoryNamed(QStringLiteral("CONFLICT"));
    ASSERT_TRUE(conflict);
    EXPECT_EQ(conflict->name, QStringLiteral("Conflict"));
    const QList<Question> questions = bank().questions();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions[1].categories.size(), 2);
    EXPECT_EQ(questions[1].categories[0], conflict->id);

    const QList<Story> stories = bank().stories();
    ASSERT_EQ(stories.size(), 1);
    EXPECT_EQ(stories[0].situation, QStringLiteral("The launch slipped."));
    EXPECT_EQ(stories[0].tags, QList<TagId> {bank().tagNamed(QStringLiteral("negotiation"))->id});
    const QList<StoryQuestionLink> links = bank().linksOfStory(stories[0].id);
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links[1].question, questions[1].id);
    EXPECT_EQ(links[1].fit, LinkFit::Partial);
    EXPECT_EQ(links[1].angle, QStringLiteral("Stress the data"));
    // The search index knows the new rows.
    EXPECT_FALSE(bank().search(QStringLiteral("pricing")).isEmpty());
    EXPECT_TRUE(bank().problems().isEmpty());
}

TEST_F(BankImportTest, ImportingTheSameNotesTwiceAddsNothingTheSecondTime)
{
    bank().importDocuments({notes()});
    const QString before = snapshot();

    const ImportSummary again = bank().importDocuments({notes()});

    EXPECT_EQ(again.questionsAdded, 0);
    EXPECT_EQ(again.questionsReused, 2);
    EXPECT_EQ(again.storiesAdded, 0);
    EXPECT_EQ(again.storiesReused, 1);
    EXPECT_EQ(again.linksAdded, 0);
    EXPECT_EQ(again.categoriesAdded, 0);
    EXPECT_EQ(again.tagsAdded, 0);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(BankImportTest, QuestionsMatchWhateverTheirCaseSpacingAndFinalPunctuation)
{
    Question existing;
    existing.text = QStringLiteral("Tell me about a conflict?");
    const QuestionId id = bank().addQuestion(existing);
    ImportDocument document;
    document.questions = {importedQuestion(1, QStringLiteral("  tell me   about a CONFLICT. "),
                              {QStringLiteral("Conflict")}),
        importedQuestion(2, QStringLiteral("Tell me about a conflict!"))};
    document.questions[0].question.notes = QStringLiteral("- listen first");
    document.questions[0].question.variants = {QStringLiteral("Describe a clash")};

    const ImportSummary summary = bank().importDocuments({document});

    EXPECT_EQ(summary.questionsAdded, 0);
    EXPECT_EQ(summary.questionsReused, 2);
    ASSERT_EQ(bank().questions().size(), 1);
    // What the notes add to a question the bank knows is kept; its text is not replaced.
    const Question merged = *bank().question(id);
    EXPECT_EQ(merged.text, QStringLiteral("Tell me about a conflict?"));
    EXPECT_EQ(merged.notes, QStringLiteral("- listen first"));
    EXPECT_EQ(merged.variants, QStringList {QStringLiteral("Describe a clash")});
    EXPECT_EQ(merged.categories.size(), 1);
}

TEST_F(BankImportTest, AReferenceUsesTheStoryOfThatTitleWithoutChangingIt)
{
    Story story = sampleStory(QStringLiteral("Search engine"));
    const StoryId id = bank().addStory(story);
    const Story before = *bank().story(id);
    ImportDocument document;
    document.questions = {importedQuestion(1, QStringLiteral("What are you proud of?"))};
    document.stories = {reference(1, QStringLiteral("search ENGINE"), {1})};

    const ImportSummary summary = bank().importDocuments({document});

    EXPECT_EQ(summary.storiesAdded, 0);
    EXPECT_EQ(summary.storiesReused, 1);
    EXPECT_EQ(summary.linksAdded, 1);
    EXPECT_EQ(*bank().story(id), before);
    EXPECT_EQ(bank().linksOfStory(id).size(), 1);
}

TEST_F(BankImportTest, AReferenceAndTheStoryItNamesBecomeOneStoryWhateverTheFileOrder)
{
    ImportDocument references;
    references.questions = {importedQuestion(1, QStringLiteral("Tell me about a failure"))};
    references.stories = {reference(1, QStringLiteral("Launch"), {1})};
    ImportDocument full;
    full.stories = {importedStory(5, QStringLiteral("Launch"))};

    const ImportSummary summary = bank().importDocuments({references, full});

    EXPECT_EQ(summary.storiesAdded, 1);
    const QList<Story> stories = bank().stories();
    ASSERT_EQ(stories.size(), 1);
    EXPECT_EQ(stories[0].situation, QStringLiteral("The launch slipped."));
    EXPECT_EQ(bank().linksOfStory(stories[0].id).size(), 1);
}

TEST_F(BankImportTest, AStubFromAnEarlierImportGetsTheTextWhenTheStoryArrives)
{
    ImportDocument references;
    references.questions = {importedQuestion(1, QStringLiteral("Tell me about a failure"))};
    references.stories = {reference(1, QStringLiteral("Launch"), {1})};
    bank().importDocuments({references});
    ASSERT_TRUE(bank().stories().at(0).situation.isEmpty());

    ImportDocument full;
    full.stories = {importedStory(1, QStringLiteral("Launch"))};
    full.stories[0].tagNames = {QStringLiteral("launch")};
    bank().importDocuments({full});

    const QList<Story> stories = bank().stories();
    ASSERT_EQ(stories.size(), 1);
    EXPECT_EQ(stories[0].result, QStringLiteral("Shipped 2 weeks early."));
    EXPECT_EQ(stories[0].tags.size(), 1);
    EXPECT_EQ(bank().linksOfStory(stories[0].id).size(), 1);
    EXPECT_FALSE(bank().search(QStringLiteral("shipped")).isEmpty());
}

TEST_F(BankImportTest, ALinkTheBankHasKeepsItsFitAndAngle)
{
    bank().importDocuments({notes()});
    const StoryId story = bank().stories().at(0).id;
    const QuestionId question = bank().questions().at(1).id;
    bank().link({story, question, LinkFit::Strong, QStringLiteral("my own angle")});

    bank().importDocuments({notes()});

    EXPECT_EQ(bank().linkBetween(story, question)->angle, QStringLiteral("my own angle"));
}

TEST_F(BankImportTest, ADryRunReportsTheSameFiguresAndKeepsAndAnnouncesNothing)
{
    Question existing;
    existing.text = QStringLiteral("Tell me about a conflict");
    bank().addQuestion(existing);
    const QString before = snapshot();
    QSignalSpy spy(&bank(), &Bank::changed);

    const ImportSummary dry = bank().importDocuments({notes()}, true);

    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(dry.questionsAdded, 1);
    EXPECT_EQ(dry.questionsReused, 1);
    EXPECT_EQ(bank().importDocuments({notes()}), dry);
}

TEST_F(BankImportTest, ABadDocumentAmongGoodOnesLeavesTheBankExactlyAsItWas)
{
    bank().addStory(sampleStory());
    const QString before = snapshot();
    QSignalSpy spy(&bank(), &Bank::changed);
    ImportDocument bad;
    bad.stories = {importedStory(1, QStringLiteral("Overrated"))};
    bad.stories[0].story.impact = 9; // ratings are 1–5

    EXPECT_THROW(bank().importDocuments({notes(), bad}), BankError);

    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_TRUE(bank().problems().isEmpty());
}

TEST_F(BankImportTest, ChangesAreAnnouncedAfterCommitOncePerRow)
{
    QSignalSpy spy(&bank(), &Bank::changed);

    bank().importDocuments({notes()});

    int links = 0;
    int stories = 0;
    for (const QList<QVariant>& call : spy) {
        const auto change = call.at(0).value<BankChange>();
        links += change.entity == BankChange::Entity::Link ? 1 : 0;
        stories += change.entity == BankChange::Entity::Story ? 1 : 0;
    }
    EXPECT_EQ(links, 2);
    EXPECT_EQ(stories, 1);
    EXPECT_EQ(spy.count(), 2 + 1 + 2 + 2 + 1); // questions, story, links, categories, tag
}

TEST_F(BankImportTest, InterviewsJournalAndPracticeReferToTheImportedRowsAndAreAddedOnce)
{
    ImportDocument document = notes();
    Interview interview;
    interview.company = QStringLiteral("Acme");
    interview.scheduled = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    document.interviews = {interview};
    JournalEntry entry;
    entry.date = QDate(2026, 3, 1);
    entry.title = QStringLiteral("Closed the pricing dispute");
    entry.story = StoryId(1);
    document.journal = {entry};
    PracticeRecord record;
    record.story = StoryId(1);
    record.question = QuestionId(2);
    record.practised = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    record.rating = 3;
    document.practice = {record};

    const ImportSummary summary = bank().importDocuments({document});
    const ImportSummary again = bank().importDocuments({document});

    EXPECT_EQ(summary.interviewsAdded, 1);
    EXPECT_EQ(summary.journalAdded, 1);
    EXPECT_EQ(summary.practiceAdded, 1);
    EXPECT_EQ(again.interviewsAdded + again.journalAdded + again.practiceAdded, 0);
    const Story story = bank().stories().at(0);
    EXPECT_EQ(bank().journal().at(0).story, story.id);
    ASSERT_EQ(bank().practiceOfStory(story.id).size(), 1);
    EXPECT_EQ(bank().practiceOfStory(story.id).at(0).question, bank().questions().at(1).id);
}

TEST_F(BankImportTest, TwoStoriesOfOneTitleAreBothKeptAndImportingThemAgainAddsNeither)
{
    ImportDocument document;
    document.stories = {
        importedStory(1, QStringLiteral("Launch")), importedStory(2, QStringLiteral("launch"))};
    document.stories[1].story.situation = QStringLiteral("A different launch.");

    const ImportSummary first = bank().importDocuments({document});
    const ImportSummary again = bank().importDocuments({document});

    EXPECT_EQ(first.storiesAdded, 2);
    EXPECT_EQ(again.storiesAdded, 0);
    EXPECT_EQ(again.storiesReused, 2);
    const QList<Story> stories = bank().stories();
    ASSERT_EQ(stories.size(), 2);
    EXPECT_EQ(stories[1].situation, QStringLiteral("A different launch."));
}

TEST_F(BankImportTest, AStoryWithoutATitleIsKeptAndAReferenceWithoutANameIsNot)
{
    ImportDocument document;
    document.questions = {importedQuestion(1, QStringLiteral("Tell me about a failure"))};
    document.stories = {importedStory(1, QString(), {1}), reference(2, QStringLiteral("  "), {1})};

    const ImportSummary summary = bank().importDocuments({document});

    EXPECT_EQ(summary.storiesAdded, 1);
    ASSERT_EQ(summary.warnings.size(), 1);
    EXPECT_EQ(bank().linksOfStory(bank().stories().at(0).id).size(), 1);
}

TEST_F(BankImportTest, RecordsThatDifferInAnyFieldAreAllKept)
{
    ImportDocument document;
    Interview screen;
    screen.company = QStringLiteral("Acme");
    screen.stage = QStringLiteral("screen");
    Interview onsite = screen;
    onsite.stage = QStringLiteral("onsite");
    document.interviews = {screen, onsite};
    JournalEntry morning;
    morning.date = QDate(2026, 3, 1);
    morning.title = QStringLiteral("A good day");
    morning.details = QStringLiteral("Fixed the build");
    JournalEntry evening = morning;
    evening.details = QStringLiteral("Mentored Sam");
    document.journal = {morning, evening, evening};

    const ImportSummary first = bank().importDocuments({document});
    const ImportSummary again = bank().importDocuments({document});

    EXPECT_EQ(first.interviewsAdded, 2);
    EXPECT_EQ(first.journalAdded, 3); // two equal entries in one file are two entries
    EXPECT_EQ(again.interviewsAdded + again.journalAdded, 0);
}

TEST_F(BankImportTest, AValueTheBankRefusesIsReportedWithTheFileAndTheStory)
{
    ImportDocument document;
    document.source = QStringLiteral("export.json");
    document.stories = {importedStory(1, QStringLiteral("Overrated"))};
    document.stories[0].story.impact = 9;

    try {
        bank().importDocuments({document});
        FAIL() << "the import should have been refused";
    } catch (const ImportError& error) {
        EXPECT_EQ(error.source(), QStringLiteral("export.json"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("export.json")));
        EXPECT_TRUE(error.message().contains(QStringLiteral("Overrated")));
    }
    EXPECT_TRUE(bank().stories().isEmpty());
}

} // namespace
} // namespace sb::test

#include "core/exchange/ImportError.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonImporter.h"
#include "core/exchange/MarkdownExporter.h"
#include "core/exchange/MarkdownImporter.h"
#include "tests/support/TempBank.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::test {
namespace {

const QString kSource = QStringLiteral("library.json");

// The bank's ids of what fillBank() made.
struct Made {
    QuestionId conflict, failure, whyUs;
    StoryId launch, migration, mentoring;
    InterviewId interview;
    JournalEntryId entry;
};

Pitch samplePitch(const QString& who)
{
    return {who, QStringLiteral("Cut crash rate by 40% on a launch the company bet on."),
        QStringLiteral("A staff role where reliability is the product.")};
}

// An interview and a journal entry with every field and every list set, and what they name.
Made fillBank(Bank& bank)
{
    Made m;
    Question q;
    q.text = QStringLiteral("Tell me about a conflict with a colleague.");
    m.conflict = bank.addQuestion(q);
    q.text = QStringLiteral("Tell me about a time you failed.");
    m.failure = bank.addQuestion(q);
    q.text = QStringLiteral("Why do you want to work here?");
    m.whyUs = bank.addQuestion(q);
    m.launch = bank.addStory(sampleStory(QStringLiteral("Turned around a failing launch")));
    m.migration = bank.addStory(sampleStory(QStringLiteral("Led the database migration")));
    m.mentoring = bank.addStory(sampleStory(QStringLiteral("Mentored two interns")));

    Interview i;
    i.company = QStringLiteral("Acme");
    i.role = QStringLiteral("Staff Engineer");
    i.level = QStringLiteral("L6");
    i.scheduled = QDateTime(QDate(2026, 12, 3), QTime(14, 30, 15, 250), Qt::UTC);
    i.stage = QStringLiteral("onsite");
    i.interviewers = QStringLiteral("Dana, Lee");
    i.notes = QStringLiteral("Values: customer obsession.\n\nThey say \"two-pizza team\".");
    i.questions = {m.failure, m.conflict};
    i.plan = {{m.failure, m.launch}, {m.conflict, m.migration}, {m.failure, m.mentoring},
        {QuestionId(), m.mentoring}};
    i.told = {{m.launch, m.failure, QStringLiteral("phone screen"), QStringLiteral("Dana")},
        {m.migration, QuestionId(), QStringLiteral("round 2"), QStringLiteral("Lee")}};
    i.asks = {QStringLiteral("What does success look like in six months?"),
        QStringLiteral("How is on-call shared?")};
    i.values = {{QStringLiteral("Customer obsession"), QStringLiteral("Start with the customer"),
                    {m.launch, m.mentoring}},
        {QStringLiteral("Frugality"), QString(), {}}};
    i.pitch = samplePitch(QStringLiteral("A mobile engineer who grew up fixing radios."));
    m.interview = bank.addInterview(i);

    JournalEntry e;
    e.date = QDate(2025, 1, 6);
    e.endDate = QDate(2025, 3, 28);
    e.title = QStringLiteral("Shipped the launch early");
    e.details = QStringLiteral("Two days ahead of the trade show.");
    e.metrics = QStringLiteral("crash rate −40%");
    e.feedback = QStringLiteral("VP: great call on scope");
    e.tags = {QStringLiteral("kotlin"), QStringLiteral("launch")};
    e.impact = 4;
    e.scope = 3;
    e.involvement = 5;
    e.story = m.launch;
    m.entry = bank.addJournalEntry(e);

    bank.setDefaultPitch(samplePitch(QStringLiteral("An engineer who likes hard launches.")));
    return m;
}

// Bank ids of one bank as the other bank's ids, found by question text and story title.
class IdMap {
public:
    IdMap(const Bank& from, const Bank& to)
    {
        for (const Question& q : from.questions()) {
            for (const Question& other : to.questions()) {
                if (other.text == q.text)
                    m_questions.insert(q.id, other.id);
            }
        }
        for (const Story& s : from.stories()) {
            for (const Story& other : to.stories()) {
                if (other.title == s.title)
                    m_stories.insert(s.id, other.id);
            }
        }
    }
    QuestionId operator()(QuestionId id) const { return id.isValid() ? m_questions.value(id) : id; }
    StoryId operator()(StoryId id) const { return id.isValid() ? m_stories.value(id) : id; }

    Interview remapped(Interview i) const
    {
        for (QuestionId& q : i.questions)
            q = (*this)(q);
        for (PlannedStory& p : i.plan)
            p = {(*this)(p.question), (*this)(p.story)};
        for (StoryTelling& t : i.told) {
            t.story = (*this)(t.story);
            t.question = (*this)(t.question);
        }
        for (CompanyValue& v : i.values) {
            for (StoryId& s : v.stories)
                s = (*this)(s);
        }
        return i;
    }

private:
    QHash<QuestionId, QuestionId> m_questions;
    QHash<StoryId, StoryId> m_stories;
};

class InterviewJournalExchangeTest : public TempBankTest {
protected:
    std::unique_ptr<Bank> emptyBank(const QString& name = QStringLiteral("other.storybank"))
    {
        return Bank::create(pathFor(name), Bank::CreateOptions {false});
    }

    static ImportSummary importJson(Bank& into, const QByteArray& bytes)
    {
        return into.importDocuments({JsonImporter::parse(bytes, kSource)});
    }
};

TEST_F(InterviewJournalExchangeTest, AnInterviewComesBackIntoAnEmptyBankWithEveryFieldAndLink)
{
    const Made m = fillBank(bank());
    const auto other = emptyBank();
    importJson(*other, JsonExporter::write(bank()));

    ASSERT_EQ(other->interviews().size(), 1);
    const Interview original = *bank().interview(m.interview);
    const Interview back = other->interviews().at(0);
    const IdMap map(bank(), *other);
    const Interview expected = map.remapped(original);
    EXPECT_EQ(back.company, expected.company);
    EXPECT_EQ(back.role, expected.role);
    EXPECT_EQ(back.level, expected.level);
    EXPECT_EQ(back.scheduled, expected.scheduled);
    EXPECT_EQ(back.stage, expected.stage);
    EXPECT_EQ(back.interviewers, expected.interviewers);
    EXPECT_EQ(back.notes, expected.notes);
    EXPECT_EQ(back.questions, expected.questions);
    ASSERT_EQ(back.questions.size(), 2);
    EXPECT_EQ(back.plan, expected.plan);
    ASSERT_EQ(back.plan.size(), 4);
    EXPECT_FALSE(back.plan.at(3).question.isValid()); // planned for no question in particular
    EXPECT_EQ(back.told, expected.told);
    ASSERT_EQ(back.told.size(), 2);
    EXPECT_FALSE(back.told.at(1).question.isValid());
    EXPECT_EQ(back.asks, expected.asks);
    EXPECT_EQ(back.values, expected.values);
    ASSERT_EQ(back.values.size(), 2);
    EXPECT_EQ(back.values.at(0).stories.size(), 2);
    EXPECT_TRUE(back.values.at(1).stories.isEmpty());
    EXPECT_EQ(back.pitch, expected.pitch);
    EXPECT_EQ(back.created, expected.created);
    EXPECT_EQ(back.updated, expected.updated);
    // Every link found its story or question: none is left unset.
    EXPECT_EQ(other->story(back.plan.at(0).story)->title, bank().story(m.launch)->title);
    EXPECT_EQ(other->question(back.told.at(0).question)->text, bank().question(m.failure)->text);
}

TEST_F(InterviewJournalExchangeTest, AJournalEntryComesBackWithEveryFieldAndItsStory)
{
    const Made m = fillBank(bank());
    const auto other = emptyBank();
    importJson(*other, JsonExporter::write(bank()));

    ASSERT_EQ(other->journal().size(), 1);
    const JournalEntry original = *bank().journalEntry(m.entry);
    const JournalEntry back = other->journal().at(0);
    EXPECT_EQ(back.date, original.date);
    EXPECT_EQ(back.endDate, QDate(2025, 3, 28));
    EXPECT_EQ(back.title, original.title);
    EXPECT_EQ(back.details, original.details);
    EXPECT_EQ(back.metrics, original.metrics);
    EXPECT_EQ(back.feedback, original.feedback);
    EXPECT_EQ(back.tags, original.tags);
    EXPECT_EQ(back.impact, 4);
    EXPECT_EQ(back.scope, 3);
    EXPECT_EQ(back.involvement, 5);
    EXPECT_EQ(back.story, IdMap(bank(), *other)(m.launch));
    EXPECT_TRUE(back.story.isValid());
    EXPECT_EQ(back.created, original.created);
    EXPECT_EQ(back.updated, original.updated);
    EXPECT_EQ(other->journalEntryOfStory(back.story)->id, back.id);
}

TEST_F(InterviewJournalExchangeTest, TheExportOfTheImportedCopyIsTheSameFile)
{
    fillBank(bank());
    const QByteArray first = JsonExporter::write(bank());
    const auto other = emptyBank();
    importJson(*other, first);
    EXPECT_EQ(JsonExporter::write(*other).toStdString(), first.toStdString());
}

TEST_F(InterviewJournalExchangeTest, TheFileWritesTheNewFieldsWithFileLocalIds)
{
    fillBank(bank());
    const QJsonObject top = QJsonDocument::fromJson(JsonExporter::write(bank())).object();
    const QJsonObject i = top.value(u"interviews").toArray().at(0).toObject();
    EXPECT_EQ(i.value(u"questions").toArray(), (QJsonArray {2, 1}));
    const QJsonArray plan = i.value(u"plan").toArray();
    ASSERT_EQ(plan.size(), 4);
    EXPECT_EQ(plan.at(0).toObject(),
        (QJsonObject {{QStringLiteral("question"), 2}, {QStringLiteral("story"), 1}}));
    EXPECT_FALSE(plan.at(3).toObject().contains(u"question"));
    const QJsonObject told = i.value(u"told").toArray().at(0).toObject();
    EXPECT_EQ(told.value(u"round").toString(), QStringLiteral("phone screen"));
    EXPECT_EQ(told.value(u"interviewer").toString(), QStringLiteral("Dana"));
    EXPECT_EQ(i.value(u"values").toArray().at(0).toObject().value(u"stories").toArray(),
        (QJsonArray {1, 3}));
    EXPECT_EQ(i.value(u"pitch").toObject().value(u"who").toString(),
        QStringLiteral("A mobile engineer who grew up fixing radios."));
    const QJsonObject e = top.value(u"journal").toArray().at(0).toObject();
    EXPECT_EQ(e.value(u"end_date").toString(), QStringLiteral("2025-03-28"));
    EXPECT_EQ(e.value(u"tags").toArray(),
        (QJsonArray {QStringLiteral("kotlin"), QStringLiteral("launch")}));
    EXPECT_EQ(e.value(u"story").toInt(), 1);
    EXPECT_EQ(top.value(u"pitch").toObject().value(u"seeking").toString(),
        QStringLiteral("A staff role where reliability is the product."));
}

TEST_F(InterviewJournalExchangeTest, TheDefaultPitchGoesToABankWithoutOneAndNeverReplacesOne)
{
    fillBank(bank());
    const QByteArray file = JsonExporter::write(bank());

    const auto empty = emptyBank();
    EXPECT_TRUE(importJson(*empty, file).defaultPitchAdded);
    EXPECT_EQ(empty->defaultPitch(), bank().defaultPitch());

    const auto own = emptyBank(QStringLiteral("own.storybank"));
    const Pitch mine = samplePitch(QStringLiteral("My own words."));
    own->setDefaultPitch(mine);
    EXPECT_FALSE(importJson(*own, file).defaultPitchAdded);
    EXPECT_EQ(own->defaultPitch(), mine);
}

TEST_F(InterviewJournalExchangeTest, ImportingTheSameFileTwiceAddsNothing)
{
    fillBank(bank());
    const QByteArray file = JsonExporter::write(bank());
    const auto other = emptyBank();
    const ImportSummary first = importJson(*other, file);
    const QList<Interview> interviews = other->interviews();
    const QList<JournalEntry> journal = other->journal();

    const ImportSummary again = importJson(*other, file);

    EXPECT_EQ(first.interviewsAdded, 1);
    EXPECT_EQ(first.journalAdded, 1);
    EXPECT_EQ(again.interviewsAdded + again.journalAdded + again.questionsAdded + again.storiesAdded
            + again.linksAdded,
        0);
    EXPECT_FALSE(again.defaultPitchAdded);
    EXPECT_EQ(other->interviews(), interviews);
    EXPECT_EQ(other->journal(), journal);
    // Into the bank it came from, too.
    const ImportSummary home = importJson(bank(), file);
    EXPECT_EQ(home.interviewsAdded + home.journalAdded, 0);
}

TEST_F(InterviewJournalExchangeTest, APlanNamingAStoryNotInTheFileIsRefused)
{
    const QByteArray file = R"({"format": "storybank", "version": 1,
        "questions": [{"id": 1, "text": "Why us?"}],
        "stories": [{"id": 1, "title": "Launch"}],
        "interviews": [{"id": 1, "company": "Acme", "questions": [1],
                        "plan": [{"question": 1, "story": 7}]}]})";
    try {
        JsonImporter::parse(file, kSource);
        FAIL() << "the file should have been refused";
    } catch (const ImportError& error) {
        EXPECT_EQ(error.source(), kSource);
        const std::string message = error.message().toStdString();
        EXPECT_NE(message.find("library.json"), std::string::npos) << message;
        EXPECT_NE(message.find("item 1 of \"plan\""), std::string::npos) << message;
        EXPECT_NE(message.find("refers to story 7, which is not in the file"), std::string::npos)
            << message;
    }
}

TEST_F(InterviewJournalExchangeTest, ReferencesOfValuesAndExpectedQuestionsAreChecked)
{
    const auto refusal = [](const QByteArray& interview) {
        try {
            JsonImporter::parse(R"({"format": "storybank", "version": 1,
                "questions": [{"id": 1, "text": "Why us?"}], "stories": [{"id": 2, "title": "L"}],
                "interviews": [)"
                    + interview + "]}",
                kSource);
        } catch (const ImportError& error) {
            return error.message().toStdString();
        }
        return std::string("accepted");
    };
    EXPECT_NE(refusal(R"({"company": "A", "questions": [1, 5]})")
                  .find("refers to question 5, which is not in the file"),
        std::string::npos);
    EXPECT_NE(refusal(R"({"company": "A", "values": [{"name": "Ownership", "stories": [3]}]})")
                  .find("refers to story 3, which is not in the file"),
        std::string::npos);
    EXPECT_NE(refusal(R"({"company": "A", "told": [{"round": "1"}]})").find("should name the id"),
        std::string::npos);
    EXPECT_EQ(refusal(R"({"company": "A", "questions": [1], "told": [{"story": 2}]})"),
        std::string("accepted"));
}

TEST_F(InterviewJournalExchangeTest, WhatNamesAQuestionLeftOutIsLeftOutAndTheRestIsKept)
{
    ImportDocument document;
    document.source = kSource;
    ImportedQuestion blank; // a question without text is left out, with its own warning
    blank.question.id = QuestionId(1);
    document.questions = {blank};
    ImportedStory launch;
    launch.story.id = StoryId(1);
    launch.story.title = QStringLiteral("Launch");
    document.stories = {launch};
    Interview interview;
    interview.company = QStringLiteral("Acme");
    interview.questions = {QuestionId(1)};
    interview.plan = {{QuestionId(1), StoryId(1)}, {QuestionId(), StoryId(1)}};
    interview.told = {{StoryId(1), QuestionId(), QStringLiteral("r1"), QStringLiteral("Dana")}};
    document.interviews = {interview};

    const ImportSummary summary = bank().importDocuments({document});

    ASSERT_EQ(bank().interviews().size(), 1);
    const Interview back = bank().interviews().at(0);
    const StoryId story = bank().stories().at(0).id;
    EXPECT_TRUE(back.questions.isEmpty());
    EXPECT_EQ(back.plan, (QList<PlannedStory> {{QuestionId(), story}}));
    EXPECT_EQ(back.told.size(), 1);
    ASSERT_EQ(summary.warnings.size(), 2);
    EXPECT_TRUE(summary.warnings.at(1).message.contains(QStringLiteral("Acme")));
}

TEST_F(InterviewJournalExchangeTest, AFileWithoutTheNewFieldsStillImports)
{
    const QByteArray file = R"({"format": "storybank", "version": 1,
        "interviews": [{"id": 1, "company": "Acme", "stage": "screen"}],
        "journal": [{"id": 1, "date": "2025-03-01", "title": "A win", "story": null}]})";
    const auto other = emptyBank();
    const ImportSummary summary = importJson(*other, file);
    EXPECT_EQ(summary.interviewsAdded, 1);
    EXPECT_EQ(summary.journalAdded, 1);
    EXPECT_FALSE(summary.defaultPitchAdded);
    const Interview i = other->interviews().at(0);
    EXPECT_TRUE(i.questions.isEmpty() && i.plan.isEmpty() && i.told.isEmpty() && i.asks.isEmpty()
        && i.values.isEmpty() && i.pitch.isEmpty());
    const JournalEntry e = other->journal().at(0);
    EXPECT_FALSE(e.endDate.isValid());
    EXPECT_TRUE(e.tags.isEmpty());
    EXPECT_EQ(e.impact + e.scope + e.involvement, 0);
}

TEST_F(InterviewJournalExchangeTest, AJournalEntryTheBankWouldRefuseRefusesTheFileNamingIt)
{
    const QByteArray file = R"({"format": "storybank", "version": 1,
        "journal": [{"date": "2025-03-01", "title": "Overrated", "impact": 9}]})";
    const auto other = emptyBank();
    try {
        importJson(*other, file);
        FAIL() << "the file should have been refused";
    } catch (const ImportError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("Overrated")))
            << error.message().toStdString();
    }
    EXPECT_TRUE(other->journal().isEmpty());
}

TEST_F(InterviewJournalExchangeTest, TheMarkdownExportHasTheInterviewsJournalAndPitch)
{
    fillBank(bank());
    const QString text = QString::fromUtf8(MarkdownExporter::writeFile(bank()));
    for (const char* expected :
        {"# Interviews", "## Acme – Staff Engineer", "Stage: onsite", "Interviewers: Dana, Lee",
            "### Expected questions",
            "- Tell me about a time you failed.\n  - Turned around a failing launch\n"
            "  - Mentored two interns",
            "### Stories told",
            "- Turned around a failing launch (round: phone screen, interviewer: Dana, "
            "question: Tell me about a time you failed.)",
            "### Values", "- Customer obsession: Start with the customer",
            "- Frugality\n  - (no story yet)", "### Questions to ask", "- How is on-call shared?",
            "#### Who I am", "A mobile engineer who grew up fixing radios.", "# Journal",
            "## Shipped the launch early", "Date: 2025-01-06 to 2025-03-28", "Tags: kotlin, launch",
            "Ratings: impact 4, scope 3, involvement 5", "→ story: Turned around a failing launch",
            "### Metrics", "### Feedback", "# Pitch", "An engineer who likes hard launches."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    // The index of a folder export carries them too.
    const QString index =
        QString::fromUtf8(MarkdownExporter::writeFolder(bank()).value(QStringLiteral("index.md")));
    EXPECT_TRUE(index.contains(QStringLiteral("# Interviews")));
    EXPECT_TRUE(index.contains(QStringLiteral("# Journal")));
}

TEST_F(InterviewJournalExchangeTest, ReadingTheMarkdownExportBackInventsNothingFromTheseParts)
{
    fillBank(bank());
    const ImportDocument doc =
        MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"));
    EXPECT_TRUE(doc.warnings.isEmpty()) << doc.warnings.first().message.toStdString();
    // The questions to ask, the interview heading and the journal title are none of these.
    EXPECT_EQ(doc.questions.size(), 3);
    EXPECT_EQ(doc.stories.size(), 3);
    EXPECT_TRUE(doc.categories.isEmpty());
    EXPECT_TRUE(doc.interviews.isEmpty() && doc.journal.isEmpty());

    const auto other = emptyBank();
    other->importDocuments({doc});
    EXPECT_EQ(other->questions().size(), 3);
    EXPECT_EQ(other->stories().size(), 3);
    EXPECT_TRUE(other->categories().isEmpty());
    EXPECT_EQ(other->stories().at(0).situation, bank().stories().at(0).situation);
    EXPECT_EQ(other->stories().at(2).learning, bank().stories().at(2).learning);

    // The folder's index ends with the same parts.
    QList<ImportDocument> documents;
    const QMap<QString, QByteArray> files = MarkdownExporter::writeFolder(bank());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        documents.append(MarkdownImporter::parse(it.value(), it.key()));
    const auto fromFolder = emptyBank(QStringLiteral("folder.storybank"));
    const ImportSummary summary = fromFolder->importDocuments(documents);
    EXPECT_EQ(summary.questionsAdded, 3);
    EXPECT_EQ(summary.storiesAdded, 3);
    EXPECT_TRUE(summary.warnings.isEmpty());
}

} // namespace
} // namespace sb::test

#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonImporter.h"
#include "tests/support/TempBank.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::test {
namespace {

const QString kSource = QStringLiteral("library.json");

QString iso(const QDateTime& value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

// The bank's ids of what fillBank() made, to find each thing again in the file.
struct Made {
    CategoryId conflict, leadership;
    TagId kotlin, mentoring;
    QuestionId conflictQuestion, hypothetical, whyUs;
    StoryId launch, migration, mentoringStory;
};

// Every entity, every field set to something distinctive.
Made fillBank(Bank& bank)
{
    Made m;
    m.conflict = bank.addCategory({{}, QStringLiteral("Conflict"),
        QStringLiteral("Disagreements and how they ended"), QStringLiteral("#aa3300"), 2});
    m.leadership = bank.addCategory({{}, QStringLiteral("Leadership"),
        QStringLiteral("Leading without authority"), QStringLiteral("#0055ff"), 1});
    m.kotlin = bank.addTag({{}, QStringLiteral("kotlin"), QStringLiteral("#112233")});
    m.mentoring = bank.addTag({{}, QStringLiteral("mentoring"), QString()});

    Question q;
    q.text = QStringLiteral("Tell me about a conflict with a colleague.");
    q.variants = {QStringLiteral("Describe a disagreement at work."),
        QStringLiteral("When did you push back on a peer?")};
    q.kind = QuestionKind::Behavioral;
    q.categories = {m.leadership, m.conflict};
    q.notes = QStringLiteral("Keep it blameless.");
    q.source = QStringLiteral("Amazon LP list");
    m.conflictQuestion = bank.addQuestion(q);
    q = {};
    q.text = QStringLiteral("What would you do if a deadline were cut in half?");
    q.kind = QuestionKind::Hypothetical;
    q.categories = {m.conflict};
    q.notes = QStringLiteral("Scope, then people, then hours.");
    m.hypothetical = bank.addQuestion(q);
    q = {};
    q.text = QStringLiteral("Why do you want to work here?");
    q.kind = QuestionKind::RoleFit;
    m.whyUs = bank.addQuestion(q);

    Story s = sampleStory(); // STAR+L, every field set
    s.tags = {m.kotlin};
    s.categories = {m.conflict};
    m.launch = bank.addStory(s);
    s = sampleStory(QStringLiteral("Led the database migration"));
    s.method = StoryMethod::Star;
    s.status = StoryStatus::Draft;
    s.cues = {QStringLiteral("zero downtime")};
    s.tags = {m.mentoring, m.kotlin};
    s.categories = {m.leadership, m.conflict};
    m.migration = bank.addStory(s);
    s = sampleStory(QStringLiteral("Mentored two interns"));
    s.method = StoryMethod::Carl;
    s.status = StoryStatus::Idea;
    s.impact = 1;
    m.mentoringStory = bank.addStory(s);

    bank.link({m.launch, m.conflictQuestion, LinkFit::Strong, QStringLiteral("the scope fight")});
    bank.link({m.launch, m.hypothetical, LinkFit::Partial, QStringLiteral("same pressure")});
    bank.link({m.migration, m.conflictQuestion, LinkFit::Partial, QString()});

    Interview i;
    i.company = QStringLiteral("Acme");
    i.role = QStringLiteral("Staff Engineer");
    i.level = QStringLiteral("L6");
    i.scheduled = QDateTime(QDate(2026, 12, 3), QTime(14, 30, 15, 250), Qt::UTC);
    i.stage = QStringLiteral("loop");
    i.interviewers = QStringLiteral("Dana, Lee");
    i.notes = QStringLiteral("Values: customer obsession");
    bank.addInterview(i);

    JournalEntry e;
    e.date = QDate(2025, 3, 1);
    e.title = QStringLiteral("Shipped the launch early");
    e.details = QStringLiteral("Two days ahead of the trade show.");
    e.metrics = QStringLiteral("crash rate −40%");
    e.feedback = QStringLiteral("VP: great call on scope");
    e.story = m.launch;
    bank.addJournalEntry(e);

    PracticeRecord p;
    p.story = m.launch;
    p.practised = QDateTime(QDate(2026, 11, 20), QTime(8, 5, 0, 125), Qt::UTC);
    p.durationSeconds = 95;
    p.rating = 3;
    p.nextDue = QDate(2026, 11, 24);
    p.intervalDays = 4;
    p.ease = 2.36;
    p.repetitions = 2;
    bank.addPracticeRecord(p);
    PracticeRecord q3;
    q3.question = m.whyUs;
    q3.practised = QDateTime(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC);
    q3.rating = 1;
    q3.nextDue = QDate(2026, 11, 22);
    q3.intervalDays = 1;
    bank.addPracticeRecord(q3);
    return m;
}

QJsonObject findBy(const QJsonArray& list, const char* key, const QString& value)
{
    for (const QJsonValue& v : list) {
        if (v.toObject().value(QLatin1String(key)).toString() == value)
            return v.toObject();
    }
    ADD_FAILURE() << "no item with " << key << " = " << value.toStdString();
    return {};
}

QStringList textsOf(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

class JsonExchangeTest : public TempBankTest {
protected:
    QJsonObject exportedTop()
    {
        m_made = fillBank(bank());
        const QJsonDocument doc = QJsonDocument::fromJson(JsonExporter::write(bank()));
        EXPECT_TRUE(doc.isObject());
        return doc.object();
    }

    Made m_made;
};

TEST_F(JsonExchangeTest, ExportWritesFormatVersionAndLabels)
{
    const QJsonObject top = exportedTop();
    EXPECT_EQ(top.value(u"format").toString(), QStringLiteral("storybank"));
    EXPECT_EQ(top.value(u"version").toInt(), 1);

    const QJsonArray categories = top.value(u"categories").toArray();
    ASSERT_EQ(categories.size(), 2);
    const QJsonObject conflict = findBy(categories, "name", QStringLiteral("Conflict"));
    EXPECT_EQ(conflict.value(u"description").toString(),
        QStringLiteral("Disagreements and how they ended"));
    EXPECT_EQ(conflict.value(u"colour").toString(), QStringLiteral("#aa3300"));
    EXPECT_EQ(conflict.value(u"position").toInt(), 2);

    const QJsonArray tags = top.value(u"tags").toArray();
    ASSERT_EQ(tags.size(), 2);
    EXPECT_EQ(findBy(tags, "name", QStringLiteral("kotlin")).value(u"colour").toString(),
        QStringLiteral("#112233"));
    EXPECT_EQ(
        findBy(tags, "name", QStringLiteral("mentoring")).value(u"colour").toString(), QString());
}

TEST_F(JsonExchangeTest, ExportWritesEveryFieldOfQuestionsAndStories)
{
    const QJsonObject top = exportedTop();
    const QJsonArray questions = top.value(u"questions").toArray();
    ASSERT_EQ(questions.size(), 3);
    // File ids are 1, 2, … in the order the bank lists its questions.
    for (qsizetype i = 0; i < questions.size(); ++i)
        EXPECT_EQ(questions.at(i).toObject().value(u"id").toInt(), i + 1);
    const Question bankQ = *bank().question(m_made.conflictQuestion);
    const QJsonObject q = findBy(questions, "text", bankQ.text);
    EXPECT_EQ(textsOf(q.value(u"variants")), bankQ.variants);
    EXPECT_EQ(q.value(u"kind").toString(), QStringLiteral("behavioral"));
    EXPECT_EQ(textsOf(q.value(u"categories")),
        (QStringList {QStringLiteral("Leadership"), QStringLiteral("Conflict")}));
    EXPECT_EQ(q.value(u"notes").toString(), QStringLiteral("Keep it blameless."));
    EXPECT_EQ(q.value(u"source").toString(), QStringLiteral("Amazon LP list"));
    ASSERT_TRUE(bankQ.created.isValid());
    EXPECT_EQ(q.value(u"created").toString(), iso(bankQ.created));
    EXPECT_EQ(q.value(u"updated").toString(), iso(bankQ.updated));
    EXPECT_EQ(findBy(questions, "text", bank().question(m_made.whyUs)->text).value(u"kind"),
        QStringLiteral("role_fit"));

    const QJsonArray stories = top.value(u"stories").toArray();
    ASSERT_EQ(stories.size(), 3);
    const Story bankS = *bank().story(m_made.launch);
    const QJsonObject s = findBy(stories, "title", bankS.title);
    EXPECT_EQ(s.value(u"summary").toString(), bankS.summary);
    EXPECT_EQ(s.value(u"method").toString(), QStringLiteral("STARL"));
    EXPECT_EQ(s.value(u"situation").toString(), bankS.situation);
    EXPECT_EQ(s.value(u"task").toString(), bankS.task);
    EXPECT_EQ(s.value(u"action").toString(), bankS.action);
    EXPECT_EQ(s.value(u"result").toString(), bankS.result);
    EXPECT_EQ(s.value(u"learning").toString(), bankS.learning);
    EXPECT_EQ(textsOf(s.value(u"cues")), bankS.cues);
    EXPECT_EQ(s.value(u"role").toString(), QStringLiteral("Tech lead"));
    EXPECT_EQ(s.value(u"organization").toString(), QStringLiteral("Acme Mobile"));
    EXPECT_EQ(s.value(u"period").toString(), QStringLiteral("Spring 2023"));
    EXPECT_EQ(s.value(u"status").toString(), QStringLiteral("ready"));
    EXPECT_EQ(s.value(u"impact").toInt(), 4);
    EXPECT_EQ(s.value(u"complexity").toInt(), 3);
    EXPECT_EQ(s.value(u"involvement").toInt(), 5);
    EXPECT_EQ(s.value(u"confidence").toInt(), 2);
    EXPECT_EQ(textsOf(s.value(u"tags")), QStringList {QStringLiteral("kotlin")});
    EXPECT_EQ(textsOf(s.value(u"categories")), QStringList {QStringLiteral("Conflict")});
    EXPECT_EQ(s.value(u"created").toString(), iso(bankS.created));
    EXPECT_EQ(s.value(u"updated").toString(), iso(bankS.updated));

    const QJsonArray links = s.value(u"questions").toArray();
    ASSERT_EQ(links.size(), 2);
    const int conflictId = q.value(u"id").toInt();
    const int hypotheticalId =
        findBy(questions, "text", bank().question(m_made.hypothetical)->text).value(u"id").toInt();
    const QJsonObject strong = links.at(0).toObject().value(u"question").toInt() == conflictId
        ? links.at(0).toObject()
        : links.at(1).toObject();
    const QJsonObject partial = links.at(0).toObject().value(u"question").toInt() == conflictId
        ? links.at(1).toObject()
        : links.at(0).toObject();
    EXPECT_EQ(strong.value(u"question").toInt(), conflictId);
    EXPECT_EQ(strong.value(u"fit").toString(), QStringLiteral("strong"));
    EXPECT_EQ(strong.value(u"angle").toString(), QStringLiteral("the scope fight"));
    EXPECT_EQ(partial.value(u"question").toInt(), hypotheticalId);
    EXPECT_EQ(partial.value(u"fit").toString(), QStringLiteral("partial"));
    EXPECT_EQ(partial.value(u"angle").toString(), QStringLiteral("same pressure"));

    const QJsonObject migration =
        findBy(stories, "title", QStringLiteral("Led the database migration"));
    EXPECT_EQ(migration.value(u"method").toString(), QStringLiteral("STAR"));
    EXPECT_EQ(textsOf(migration.value(u"tags")),
        (QStringList {QStringLiteral("mentoring"), QStringLiteral("kotlin")}));
    EXPECT_EQ(textsOf(migration.value(u"categories")),
        (QStringList {QStringLiteral("Leadership"), QStringLiteral("Conflict")}));
    const QJsonObject carl = findBy(stories, "title", QStringLiteral("Mentored two interns"));
    EXPECT_EQ(carl.value(u"method").toString(), QStringLiteral("CARL"));
    EXPECT_EQ(carl.value(u"status").toString(), QStringLiteral("idea"));
    EXPECT_TRUE(carl.value(u"questions").toArray().isEmpty());
}

TEST_F(JsonExchangeTest, ExportWritesInterviewsJournalAndPracticeWithFileReferences)
{
    const QJsonObject top = exportedTop();
    const int launchId =
        findBy(top.value(u"stories").toArray(), "title", bank().story(m_made.launch)->title)
            .value(u"id")
            .toInt();
    const int whyUsId =
        findBy(top.value(u"questions").toArray(), "text", bank().question(m_made.whyUs)->text)
            .value(u"id")
            .toInt();

    const QJsonArray interviews = top.value(u"interviews").toArray();
    ASSERT_EQ(interviews.size(), 1);
    const QJsonObject i = interviews.at(0).toObject();
    const Interview bankI = bank().interviews().at(0);
    EXPECT_EQ(i.value(u"id").toInt(), 1);
    EXPECT_EQ(i.value(u"company").toString(), QStringLiteral("Acme"));
    EXPECT_EQ(i.value(u"role").toString(), QStringLiteral("Staff Engineer"));
    EXPECT_EQ(i.value(u"level").toString(), QStringLiteral("L6"));
    EXPECT_EQ(i.value(u"scheduled").toString(), QStringLiteral("2026-12-03T14:30:15.250Z"));
    EXPECT_EQ(i.value(u"stage").toString(), QStringLiteral("loop"));
    EXPECT_EQ(i.value(u"interviewers").toString(), QStringLiteral("Dana, Lee"));
    EXPECT_EQ(i.value(u"notes").toString(), QStringLiteral("Values: customer obsession"));
    EXPECT_EQ(i.value(u"created").toString(), iso(bankI.created));
    EXPECT_EQ(i.value(u"updated").toString(), iso(bankI.updated));

    const QJsonArray journal = top.value(u"journal").toArray();
    ASSERT_EQ(journal.size(), 1);
    const QJsonObject e = journal.at(0).toObject();
    EXPECT_EQ(e.value(u"date").toString(), QStringLiteral("2025-03-01"));
    EXPECT_EQ(e.value(u"title").toString(), QStringLiteral("Shipped the launch early"));
    EXPECT_EQ(e.value(u"details").toString(), QStringLiteral("Two days ahead of the trade show."));
    EXPECT_EQ(e.value(u"metrics").toString(), QStringLiteral("crash rate −40%"));
    EXPECT_EQ(e.value(u"feedback").toString(), QStringLiteral("VP: great call on scope"));
    EXPECT_EQ(e.value(u"story").toInt(), launchId);
    EXPECT_EQ(e.value(u"created").toString(), iso(bank().journal().at(0).created));

    const QJsonArray practice = top.value(u"practice").toArray();
    ASSERT_EQ(practice.size(), 2);
    const QJsonObject ofStory = practice.at(0).toObject().value(u"story").isNull()
        ? practice.at(1).toObject()
        : practice.at(0).toObject();
    const QJsonObject ofQuestion = practice.at(0).toObject().value(u"story").isNull()
        ? practice.at(0).toObject()
        : practice.at(1).toObject();
    EXPECT_EQ(ofStory.value(u"story").toInt(), launchId);
    EXPECT_TRUE(ofStory.value(u"question").isNull());
    EXPECT_EQ(ofStory.value(u"practised").toString(), QStringLiteral("2026-11-20T08:05:00.125Z"));
    EXPECT_EQ(ofStory.value(u"seconds").toInt(), 95);
    EXPECT_EQ(ofStory.value(u"rating").toInt(), 3);
    EXPECT_EQ(ofStory.value(u"next_due").toString(), QStringLiteral("2026-11-24"));
    EXPECT_EQ(ofStory.value(u"interval_days").toInt(), 4);
    EXPECT_DOUBLE_EQ(ofStory.value(u"ease").toDouble(), 2.36);
    EXPECT_EQ(ofStory.value(u"repetitions").toInt(), 2);
    EXPECT_TRUE(ofQuestion.value(u"story").isNull());
    EXPECT_EQ(ofQuestion.value(u"question").toInt(), whyUsId);
    EXPECT_EQ(ofQuestion.value(u"seconds").toInt(), 0);
}

TEST_F(JsonExchangeTest, ExportOfAnEmptyBankHasEmptyListsAndUnsetValuesAreNull)
{
    JournalEntry single;
    single.date = QDate(2025, 3, 1);
    single.title = QStringLiteral("A one-day win");
    bank().addJournalEntry(single);
    const QJsonObject top = QJsonDocument::fromJson(JsonExporter::write(bank())).object();
    for (const char* list :
        {"categories", "tags", "questions", "stories", "interviews", "practice"})
        EXPECT_TRUE(top.value(QLatin1String(list)).toArray().isEmpty()) << list;
    EXPECT_FALSE(top.contains(u"pitch")); // no default pitch written
    const QJsonObject e = top.value(u"journal").toArray().at(0).toObject();
    EXPECT_TRUE(e.value(u"story").isNull());
    EXPECT_FALSE(e.contains(u"end_date")); // a single day, not a period
}

// What the file's key of each bank row is, found through the exported text and titles.
class ImportedKeys {
public:
    explicit ImportedKeys(const ImportDocument& doc) : m_doc(doc) { }
    const ImportedQuestion& question(const QString& text) const
    {
        for (const ImportedQuestion& q : m_doc.questions) {
            if (q.question.text == text)
                return q;
        }
        ADD_FAILURE() << "no imported question " << text.toStdString();
        return m_doc.questions.first();
    }
    const ImportedStory& story(const QString& title) const
    {
        for (const ImportedStory& s : m_doc.stories) {
            if (s.story.title == title)
                return s;
        }
        ADD_FAILURE() << "no imported story " << title.toStdString();
        return m_doc.stories.first();
    }

private:
    const ImportDocument& m_doc;
};

TEST_F(JsonExchangeTest, ParseOfAnExportGivesBackEveryLabelQuestionAndStory)
{
    m_made = fillBank(bank());
    const ImportDocument doc = JsonImporter::parse(JsonExporter::write(bank()), kSource);
    EXPECT_EQ(doc.source, kSource);
    EXPECT_TRUE(doc.warnings.isEmpty());

    // Categories and tags come back whole; only the bank's ids are left behind.
    QList<Category> categories = bank().categories();
    for (Category& c : categories)
        c.id = {};
    EXPECT_EQ(doc.categories, categories);
    QList<Tag> tags = bank().tags();
    for (Tag& t : tags)
        t.id = {};
    EXPECT_EQ(doc.tags, tags);

    const ImportedKeys keys(doc);
    ASSERT_EQ(doc.questions.size(), 3);
    QHash<QuestionId, QuestionId> questionKey; // bank id → document key
    for (Question expected : bank().questions()) {
        const ImportedQuestion& in = keys.question(expected.text);
        questionKey.insert(expected.id, in.question.id);
        QStringList names;
        for (CategoryId id : expected.categories)
            names.append(bank().category(id)->name);
        EXPECT_EQ(in.categoryNames, names);
        expected.id = in.question.id;
        expected.categories.clear();
        EXPECT_EQ(in.question, expected) << expected.text.toStdString();
        EXPECT_TRUE(in.question.created.isValid());
    }

    ASSERT_EQ(doc.stories.size(), 3);
    for (Story expected : bank().stories()) {
        const ImportedStory& in = keys.story(expected.title);
        EXPECT_FALSE(in.reference);
        QStringList tagNames, categoryNames;
        for (TagId id : expected.tags)
            tagNames.append(bank().tag(id)->name);
        for (CategoryId id : expected.categories)
            categoryNames.append(bank().category(id)->name);
        EXPECT_EQ(in.tagNames, tagNames);
        EXPECT_EQ(in.categoryNames, categoryNames);
        QList<StoryQuestionLink> links = bank().linksOfStory(expected.id);
        for (StoryQuestionLink& l : links) {
            l.story = in.story.id;
            l.question = questionKey.value(l.question);
        }
        EXPECT_EQ(in.links, links) << expected.title.toStdString();
        expected.id = in.story.id;
        expected.tags.clear();
        expected.categories.clear();
        EXPECT_EQ(in.story, expected) << expected.title.toStdString();
    }
    EXPECT_EQ(keys.story(bank().story(m_made.launch)->title).links.size(), 2);
}

TEST_F(JsonExchangeTest, ParseOfAnExportGivesBackInterviewsJournalAndPractice)
{
    m_made = fillBank(bank());
    const ImportDocument doc = JsonImporter::parse(JsonExporter::write(bank()), kSource);
    const ImportedKeys keys(doc);
    const StoryId launchKey = keys.story(bank().story(m_made.launch)->title).story.id;
    const QuestionId whyUsKey = keys.question(bank().question(m_made.whyUs)->text).question.id;

    ASSERT_EQ(doc.interviews.size(), 1);
    Interview interview = bank().interviews().at(0);
    interview.id = doc.interviews.at(0).id;
    EXPECT_TRUE(interview.id.isValid());
    EXPECT_EQ(doc.interviews.at(0), interview);

    ASSERT_EQ(doc.journal.size(), 1);
    JournalEntry entry = bank().journal().at(0);
    entry.id = doc.journal.at(0).id;
    entry.story = launchKey;
    EXPECT_EQ(doc.journal.at(0), entry);

    const QList<PracticeRecord> practice = bank().practiceRecords();
    ASSERT_EQ(doc.practice.size(), practice.size());
    for (qsizetype i = 0; i < practice.size(); ++i) {
        PracticeRecord expected = practice.at(i);
        expected.id = doc.practice.at(i).id;
        expected.story = expected.story == m_made.launch ? launchKey : StoryId();
        expected.question = expected.question == m_made.whyUs ? whyUsKey : QuestionId();
        EXPECT_EQ(doc.practice.at(i), expected) << i;
    }
}

TEST_F(JsonExchangeTest, ExportImportIntoAnEmptyBankAndExportAgainGivesTheSameBytes)
{
    m_made = fillBank(bank());
    // Rows the bank lists in the same place (entries of one day) must keep their order too.
    JournalEntry sameDay;
    sameDay.date = QDate(2025, 3, 1);
    sameDay.title = QStringLiteral("Same day, written later");
    bank().addJournalEntry(sameDay);
    sameDay.title = QStringLiteral("Same day, written last");
    bank().addJournalEntry(sameDay);
    Interview undated;
    undated.company = QStringLiteral("Undated Inc");
    bank().addInterview(undated);
    // Rows an import could take for one another: equal but for one field, or equal entirely.
    undated.stage = QStringLiteral("onsite");
    bank().addInterview(undated);
    sameDay.details = QStringLiteral("Another thing that day");
    bank().addJournalEntry(sameDay);
    bank().addJournalEntry(sameDay);
    // Stories the editor allows: without a title, and two of one title.
    bank().addStory(Story {});
    Story twin = sampleStory(QStringLiteral("Twins"));
    // Coach findings the user set aside travel with the story.
    const StoryId firstTwin = bank().addStory(twin);
    bank().dismissCoachRule(firstTwin, QStringLiteral("too-much-context"));
    bank().dismissCoachRule(firstTwin, QStringLiteral("vague-language"));
    twin.situation = QStringLiteral("The other twin.");
    bank().addStory(twin);
    const QByteArray first = JsonExporter::write(bank());
    const std::unique_ptr<Bank> other =
        Bank::create(pathFor(QStringLiteral("other.storybank")), Bank::CreateOptions {false});
    other->importDocuments({JsonImporter::parse(first, kSource)});
    EXPECT_EQ(JsonExporter::write(*other).toStdString(), first.toStdString());
    EXPECT_TRUE(first.contains("\"vague-language\""));
}

} // namespace
} // namespace sb::test

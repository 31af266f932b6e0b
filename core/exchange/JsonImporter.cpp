#include "core/exchange/JsonImporter.h"

#include "core/exchange/ImportError.h"
#include "core/exchange/JsonFields.h"
#include "core/exchange/JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::JsonImporter)
};

// The ids one list of the file uses. Rows without an id get keys after the largest one, so a
// hand-written file need not number what nothing refers to.
class FileIds {
public:
    // what: the kind of row, marked with QT_TRANSLATE_NOOP so it is translated in messages.
    explicit FileIds(const char* what) : m_what(what) { }

    void take(const JsonObjectReader& row, std::optional<int64_t> id)
    {
        if (!id)
            return;
        if (m_ids.contains(*id))
            row.fail(Text::tr("%1 uses the id %2, which another %3 already has.")
                         .arg(row.where())
                         .arg(*id)
                         .arg(Text::tr(m_what)));
        m_ids.insert(*id);
        m_largest = std::max(m_largest, *id);
    }
    int64_t keyFor(std::optional<int64_t> id) { return id ? *id : ++m_largest; }
    // A reference that points at nothing in the file.
    void requireKnown(const JsonObjectReader& row, const char* field, int64_t id) const
    {
        if (!m_ids.contains(id))
            row.fail(Text::tr("in %1, \"%2\" refers to %3 %4, which is not in the file.")
                         .arg(row.where(), QLatin1String(field), Text::tr(m_what))
                         .arg(id));
    }

private:
    const char* m_what;
    QSet<int64_t> m_ids;
    int64_t m_largest = 0;
};

// Reads the rows of one list: first every id (so duplicates are found and references may point
// forward), then the rows themselves.
template<typename Row, typename ReadRow>
QList<Row> readRows(const QList<JsonObjectReader>& rows, FileIds& ids, ReadRow readRow)
{
    QList<std::optional<int64_t>> own;
    for (const JsonObjectReader& row : rows) {
        own.append(row.id("id"));
        ids.take(row, own.last());
    }
    QList<Row> out;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append(readRow(rows.at(i), ids.keyFor(own.at(i))));
    return out;
}

// The reference under field, checked against the ids of the list it points into.
int64_t reference(const JsonObjectReader& row, const char* field, const FileIds& ids)
{
    const std::optional<int64_t> id = row.id(field);
    if (!id)
        return 0;
    ids.requireKnown(row, field, *id);
    return *id;
}

Category readCategory(const JsonObjectReader& row)
{
    Category c;
    c.name = row.text("name");
    c.description = row.text("description");
    c.colour = row.text("colour");
    c.position = row.integer("position");
    return c;
}

Tag readTag(const JsonObjectReader& row)
{
    Tag t;
    t.name = row.text("name");
    t.colour = row.text("colour");
    return t;
}

ImportedQuestion readQuestion(const JsonObjectReader& row, int64_t key)
{
    ImportedQuestion in;
    Question& q = in.question;
    q.id = QuestionId(key);
    q.text = row.text("text");
    q.variants = row.texts("variants");
    q.kind = row.choice("kind", questionKindFromKey, QuestionKind::Behavioral);
    q.notes = row.text("notes");
    q.source = row.text("source");
    q.created = row.dateTime("created");
    q.updated = row.dateTime("updated");
    in.categoryNames = row.texts("categories");
    return in;
}

QList<StoryQuestionLink> readLinks(const JsonObjectReader& row, StoryId story, const FileIds& ids)
{
    QList<StoryQuestionLink> links;
    for (const JsonObjectReader& link : row.items("questions")) {
        StoryQuestionLink l;
        l.story = story;
        l.question = QuestionId(reference(link, "question", ids));
        if (!l.question.isValid())
            link.fail(Text::tr("in %1, \"question\" should name the id of a question.")
                          .arg(link.where()));
        l.fit = link.choice("fit", linkFitFromKey, LinkFit::Strong);
        l.angle = link.text("angle");
        links.append(l);
    }
    return links;
}

ImportedStory readStory(const JsonObjectReader& row, int64_t key, const FileIds& questionIds)
{
    ImportedStory in;
    Story& s = in.story;
    s.id = StoryId(key);
    s.title = row.text("title");
    s.summary = row.text("summary");
    s.method = row.choice("method", storyMethodFromKey, StoryMethod::Star);
    s.situation = row.text("situation");
    s.task = row.text("task");
    s.action = row.text("action");
    s.result = row.text("result");
    s.learning = row.text("learning");
    s.cues = row.texts("cues");
    s.role = row.text("role");
    s.organization = row.text("organization");
    s.period = row.text("period");
    s.status = row.choice("status", storyStatusFromKey, StoryStatus::Draft);
    s.impact = row.integer("impact");
    s.complexity = row.integer("complexity");
    s.involvement = row.integer("involvement");
    s.confidence = row.integer("confidence");
    s.created = row.dateTime("created");
    s.updated = row.dateTime("updated");
    in.tagNames = row.texts("tags");
    in.categoryNames = row.texts("categories");
    in.links = readLinks(row, s.id, questionIds);
    in.dismissedCoachRules = row.texts("coach_dismissed");
    return in;
}

// A planned or told story is nothing without the story it is about.
int64_t storyReference(const JsonObjectReader& row, const FileIds& storyIds)
{
    const int64_t id = reference(row, "story", storyIds);
    if (id == 0)
        row.fail(Text::tr("in %1, \"story\" should name the id of a story.").arg(row.where()));
    return id;
}

// Each of the ids under field, checked against the list they point into.
template<typename IdT>
QList<IdT> references(const JsonObjectReader& row, const char* field, const FileIds& ids)
{
    QList<IdT> out;
    for (const int64_t id : row.ids(field)) {
        ids.requireKnown(row, field, id);
        out.append(IdT(id));
    }
    return out;
}

Pitch readPitch(const std::optional<JsonObjectReader>& row)
{
    if (!row)
        return {};
    return {row->text("who"), row->text("highlights"), row->text("seeking")};
}

// The file's interviews name the file's questions and stories, as the stories' links do.
struct FileRefs {
    const FileIds& questions;
    const FileIds& stories;
};

void readInterviewLists(const JsonObjectReader& row, Interview& i, const FileRefs& refs)
{
    i.questions = references<QuestionId>(row, "questions", refs.questions);
    for (const JsonObjectReader& planned : row.items("plan"))
        i.plan.append({QuestionId(reference(planned, "question", refs.questions)),
            StoryId(storyReference(planned, refs.stories))});
    for (const JsonObjectReader& told : row.items("told"))
        i.told.append({StoryId(storyReference(told, refs.stories)),
            QuestionId(reference(told, "question", refs.questions)), told.text("round"),
            told.text("interviewer")});
    i.asks = row.texts("asks");
    for (const JsonObjectReader& value : row.items("values"))
        i.values.append({value.text("name"), value.text("description"),
            references<StoryId>(value, "stories", refs.stories)});
    i.pitch = readPitch(row.object("pitch"));
}

Interview readInterview(const JsonObjectReader& row, int64_t key, const FileRefs& refs)
{
    Interview i;
    i.id = InterviewId(key);
    i.company = row.text("company");
    i.role = row.text("role");
    i.level = row.text("level");
    i.scheduled = row.dateTime("scheduled");
    i.stage = row.text("stage");
    i.interviewers = row.text("interviewers");
    i.notes = row.text("notes");
    // Files written before interviews carried their plan have none of the lists: an interview
    // of such a file comes in with nothing planned.
    readInterviewLists(row, i, refs);
    i.created = row.dateTime("created");
    i.updated = row.dateTime("updated");
    return i;
}

JournalEntry readJournalEntry(const JsonObjectReader& row, int64_t key, const FileIds& storyIds)
{
    JournalEntry e;
    e.id = JournalEntryId(key);
    e.date = row.date("date");
    e.endDate = row.date("end_date");
    e.title = row.text("title");
    e.details = row.text("details");
    e.metrics = row.text("metrics");
    e.feedback = row.text("feedback");
    e.tags = row.texts("tags");
    e.impact = row.integer("impact");
    e.scope = row.integer("scope");
    e.involvement = row.integer("involvement");
    e.story = StoryId(reference(row, "story", storyIds));
    e.created = row.dateTime("created");
    e.updated = row.dateTime("updated");
    return e;
}

PracticeRecord readPractice(
    const JsonObjectReader& row, int64_t key, const FileIds& storyIds, const FileIds& questionIds)
{
    PracticeRecord p;
    p.id = PracticeRecordId(key);
    p.story = StoryId(reference(row, "story", storyIds));
    p.question = QuestionId(reference(row, "question", questionIds));
    // A practice of nothing could not be shown or scheduled anywhere.
    if (!p.story.isValid() && !p.question.isValid())
        row.fail(Text::tr("%1 names neither a story nor a question.").arg(row.where()));
    p.practised = row.dateTime("practised");
    p.durationSeconds = row.integer("seconds");
    p.rating = row.integer("rating");
    p.nextDue = row.date("next_due");
    p.intervalDays = row.integer("interval_days");
    p.ease = row.number("ease", PracticeRecord().ease);
    p.repetitions = row.integer("repetitions");
    p.recording = row.text("recording"); // missing from files made before recordings
    return p;
}

// The whole document as an object of our format and a version this build understands.
QJsonObject topLevel(const QByteArray& bytes, const QString& source)
{
    // Qt's parser lets control characters through inside strings; a bank must never hold them
    // (the Markdown export of such a bank could not be read back).
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
            throw ImportError(source, i,
                Text::tr(
                    "%1: a control character at byte offset %2; this is not a StoryBank export.")
                    .arg(source)
                    .arg(i));
    }
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw ImportError(source, error.offset,
            Text::tr("%1 is not valid JSON: %2 at byte %3.")
                .arg(source, error.errorString())
                .arg(error.offset));
    const QJsonObject top = json.object();
    if (!json.isObject() || top.value(QLatin1String("format")) != jsonfields::formatName())
        throw ImportError(source, -1,
            Text::tr("%1 is not a StoryBank JSON export: it lacks \"format\": \"storybank\".")
                .arg(source));
    return top;
}

void checkVersion(const JsonObjectReader& top, const QString& source)
{
    const int version = top.integer("version", -1);
    if (version > jsonfields::kVersion)
        throw ImportError(source, -1,
            Text::tr("%1 was made by a newer version of StoryBank (format version %2; this version "
                     "reads up to %3). Update StoryBank to import it.")
                .arg(source)
                .arg(version)
                .arg(jsonfields::kVersion));
    if (version < 1)
        top.fail(Text::tr("\"version\" should be a format version from 1."));
}

} // namespace

ImportDocument JsonImporter::parse(const QByteArray& bytes, const QString& source)
{
    const JsonObjectReader top(topLevel(bytes, source), source, Text::tr("the file"));
    checkVersion(top, source);

    ImportDocument doc;
    doc.source = source;
    for (const JsonObjectReader& row : top.items("categories"))
        doc.categories.append(readCategory(row));
    for (const JsonObjectReader& row : top.items("tags"))
        doc.tags.append(readTag(row));

    // Questions and stories first: the rest refers to them.
    FileIds questionIds(QT_TRANSLATE_NOOP("sb::JsonImporter", "question"));
    doc.questions = readRows<ImportedQuestion>(top.items("questions"), questionIds, readQuestion);
    FileIds storyIds(QT_TRANSLATE_NOOP("sb::JsonImporter", "story"));
    doc.stories = readRows<ImportedStory>(top.items("stories"), storyIds,
        [&](const JsonObjectReader& row, int64_t key) { return readStory(row, key, questionIds); });
    FileIds interviewIds(QT_TRANSLATE_NOOP("sb::JsonImporter", "interview"));
    const FileRefs refs {questionIds, storyIds};
    doc.interviews = readRows<Interview>(top.items("interviews"), interviewIds,
        [&](const JsonObjectReader& row, int64_t key) { return readInterview(row, key, refs); });
    FileIds journalIds(QT_TRANSLATE_NOOP("sb::JsonImporter", "journal entry"));
    doc.journal = readRows<JournalEntry>(
        top.items("journal"), journalIds, [&](const JsonObjectReader& row, int64_t key) {
            return readJournalEntry(row, key, storyIds);
        });
    FileIds practiceIds(QT_TRANSLATE_NOOP("sb::JsonImporter", "practice record"));
    doc.practice = readRows<PracticeRecord>(
        top.items("practice"), practiceIds, [&](const JsonObjectReader& row, int64_t key) {
            return readPractice(row, key, storyIds, questionIds);
        });
    doc.defaultPitch = readPitch(top.object("pitch"));
    return doc;
}

} // namespace sb

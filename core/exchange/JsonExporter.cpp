#include "core/exchange/JsonExporter.h"

#include "core/Bank.h"
#include "core/exchange/JsonFields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sb {

namespace {

using jsonfields::fromDate;
using jsonfields::fromDateTime;

QJsonArray texts(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// The file refers by position (1, 2, …) rather than by the bank's row ids, so a bank that was
// imported and exported again writes the same numbers.
template<typename IdT> QJsonValue fileId(const QHash<IdT, int>& ids, IdT id)
{
    const auto it = ids.constFind(id);
    return it == ids.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*it);
}

template<typename IdT> QJsonArray names(const QList<IdT>& ids, const QHash<IdT, QString>& nameOf)
{
    QJsonArray out;
    for (IdT id : ids)
        out.append(nameOf.value(id));
    return out;
}

// Everything the file refers to by name or number, looked up once.
struct Lookups {
    QHash<CategoryId, QString> categoryNames;
    QHash<TagId, QString> tagNames;
    QHash<QuestionId, int> questionIds;
    QHash<StoryId, int> storyIds;
};

QJsonObject categoryJson(const Category& c)
{
    return {{QStringLiteral("name"), c.name}, {QStringLiteral("description"), c.description},
        {QStringLiteral("colour"), c.colour}, {QStringLiteral("position"), c.position}};
}

QJsonObject tagJson(const Tag& t)
{
    return {{QStringLiteral("name"), t.name}, {QStringLiteral("colour"), t.colour}};
}

QJsonObject questionJson(const Question& q, const Lookups& look)
{
    return {{QStringLiteral("id"), fileId(look.questionIds, q.id)},
        {QStringLiteral("text"), q.text}, {QStringLiteral("variants"), texts(q.variants)},
        {QStringLiteral("kind"), toKey(q.kind)},
        {QStringLiteral("categories"), names(q.categories, look.categoryNames)},
        {QStringLiteral("notes"), q.notes}, {QStringLiteral("source"), q.source},
        {QStringLiteral("created"), fromDateTime(q.created)},
        {QStringLiteral("updated"), fromDateTime(q.updated)}};
}

QJsonArray linksJson(const QList<StoryQuestionLink>& links, const Lookups& look)
{
    QJsonArray out;
    for (const StoryQuestionLink& link : links)
        out.append(
            QJsonObject {{QStringLiteral("question"), fileId(look.questionIds, link.question)},
                {QStringLiteral("fit"), toKey(link.fit)}, {QStringLiteral("angle"), link.angle}});
    return out;
}

QJsonObject storyJson(const Story& s, const QList<StoryQuestionLink>& links,
    const QSet<QString>& dismissed, const Lookups& look)
{
    QStringList rules(dismissed.cbegin(), dismissed.cend());
    rules.sort(); // a set has no order of its own; the file must be the same every time
    return {{QStringLiteral("id"), fileId(look.storyIds, s.id)}, {QStringLiteral("title"), s.title},
        {QStringLiteral("summary"), s.summary}, {QStringLiteral("method"), toKey(s.method)},
        {QStringLiteral("situation"), s.situation}, {QStringLiteral("task"), s.task},
        {QStringLiteral("action"), s.action}, {QStringLiteral("result"), s.result},
        {QStringLiteral("learning"), s.learning}, {QStringLiteral("cues"), texts(s.cues)},
        {QStringLiteral("role"), s.role}, {QStringLiteral("organization"), s.organization},
        {QStringLiteral("period"), s.period}, {QStringLiteral("status"), toKey(s.status)},
        {QStringLiteral("impact"), s.impact}, {QStringLiteral("complexity"), s.complexity},
        {QStringLiteral("involvement"), s.involvement},
        {QStringLiteral("confidence"), s.confidence},
        {QStringLiteral("tags"), names(s.tags, look.tagNames)},
        {QStringLiteral("categories"), names(s.categories, look.categoryNames)},
        {QStringLiteral("questions"), linksJson(links, look)},
        {QStringLiteral("coach_dismissed"), texts(rules)},
        {QStringLiteral("created"), fromDateTime(s.created)},
        {QStringLiteral("updated"), fromDateTime(s.updated)}};
}

// A reference that may be unset ("question" of a told story): left out rather than null, so a
// file written by hand may leave it out too.
template<typename IdT>
void putOptional(QJsonObject& object, const char* key, const QHash<IdT, int>& ids, IdT id)
{
    if (ids.contains(id))
        object.insert(QLatin1String(key), ids.value(id));
}

template<typename IdT> QJsonArray fileIds(const QHash<IdT, int>& ids, const QList<IdT>& list)
{
    QJsonArray out;
    for (IdT id : list) {
        if (ids.contains(id))
            out.append(ids.value(id));
    }
    return out;
}

QJsonObject pitchJson(const Pitch& p)
{
    return {{QStringLiteral("who"), p.who}, {QStringLiteral("highlights"), p.highlights},
        {QStringLiteral("seeking"), p.seeking}};
}

QJsonArray planJson(const QList<PlannedStory>& plan, const Lookups& look)
{
    QJsonArray out;
    for (const PlannedStory& planned : plan) {
        QJsonObject row {{QStringLiteral("story"), fileId(look.storyIds, planned.story)}};
        putOptional(row, "question", look.questionIds, planned.question);
        out.append(row);
    }
    return out;
}

QJsonArray toldJson(const QList<StoryTelling>& told, const Lookups& look)
{
    QJsonArray out;
    for (const StoryTelling& telling : told) {
        QJsonObject row {{QStringLiteral("story"), fileId(look.storyIds, telling.story)},
            {QStringLiteral("round"), telling.round},
            {QStringLiteral("interviewer"), telling.interviewer}};
        putOptional(row, "question", look.questionIds, telling.question);
        out.append(row);
    }
    return out;
}

QJsonArray valuesJson(const QList<CompanyValue>& values, const Lookups& look)
{
    QJsonArray out;
    for (const CompanyValue& value : values)
        out.append(QJsonObject {{QStringLiteral("name"), value.name},
            {QStringLiteral("description"), value.description},
            {QStringLiteral("stories"), fileIds(look.storyIds, value.stories)}});
    return out;
}

QJsonObject interviewJson(const Interview& i, int id, const Lookups& look)
{
    QJsonObject out {{QStringLiteral("id"), id}, {QStringLiteral("company"), i.company},
        {QStringLiteral("role"), i.role}, {QStringLiteral("level"), i.level},
        {QStringLiteral("scheduled"), fromDateTime(i.scheduled)},
        {QStringLiteral("stage"), i.stage}, {QStringLiteral("interviewers"), i.interviewers},
        {QStringLiteral("notes"), i.notes},
        {QStringLiteral("questions"), fileIds(look.questionIds, i.questions)},
        {QStringLiteral("plan"), planJson(i.plan, look)},
        {QStringLiteral("told"), toldJson(i.told, look)}, {QStringLiteral("asks"), texts(i.asks)},
        {QStringLiteral("values"), valuesJson(i.values, look)},
        {QStringLiteral("created"), fromDateTime(i.created)},
        {QStringLiteral("updated"), fromDateTime(i.updated)}};
    // Without its own pitch the interview uses the bank's default; the file says so by silence.
    if (!i.pitch.isEmpty())
        out.insert(QStringLiteral("pitch"), pitchJson(i.pitch));
    return out;
}

QJsonObject journalJson(const JournalEntry& e, int id, const Lookups& look)
{
    QJsonObject out {{QStringLiteral("id"), id}, {QStringLiteral("date"), fromDate(e.date)},
        {QStringLiteral("title"), e.title}, {QStringLiteral("details"), e.details},
        {QStringLiteral("metrics"), e.metrics}, {QStringLiteral("feedback"), e.feedback},
        {QStringLiteral("tags"), texts(e.tags)}, {QStringLiteral("impact"), e.impact},
        {QStringLiteral("scope"), e.scope}, {QStringLiteral("involvement"), e.involvement},
        {QStringLiteral("story"), fileId(look.storyIds, e.story)},
        {QStringLiteral("created"), fromDateTime(e.created)},
        {QStringLiteral("updated"), fromDateTime(e.updated)}};
    if (e.endDate.isValid())
        out.insert(QStringLiteral("end_date"), fromDate(e.endDate));
    return out;
}

QJsonObject practiceJson(const PracticeRecord& p, int id, const Lookups& look)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("story"), fileId(look.storyIds, p.story)},
        {QStringLiteral("question"), fileId(look.questionIds, p.question)},
        {QStringLiteral("practised"), fromDateTime(p.practised)},
        {QStringLiteral("seconds"), p.durationSeconds}, {QStringLiteral("rating"), p.rating},
        {QStringLiteral("next_due"), fromDate(p.nextDue)},
        {QStringLiteral("interval_days"), p.intervalDays}, {QStringLiteral("ease"), p.ease},
        {QStringLiteral("repetitions"), p.repetitions},
        // The name only: the audio stays in the bank's recordings folder.
        {QStringLiteral("recording"),
            p.recording.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.recording)}};
}

} // namespace

QByteArray JsonExporter::write(const Bank& bank)
{
    Lookups look;
    QJsonArray categories;
    for (const Category& c : bank.categories()) {
        look.categoryNames.insert(c.id, c.name);
        categories.append(categoryJson(c));
    }
    QJsonArray tags;
    for (const Tag& t : bank.tags()) {
        look.tagNames.insert(t.id, t.name);
        tags.append(tagJson(t));
    }
    const QList<Question> questionList = bank.questions();
    for (const Question& q : questionList)
        look.questionIds.insert(q.id, int(look.questionIds.size()) + 1);
    const QList<Story> storyList = bank.stories();
    for (const Story& s : storyList)
        look.storyIds.insert(s.id, int(look.storyIds.size()) + 1);

    QJsonArray questions;
    for (const Question& q : questionList)
        questions.append(questionJson(q, look));
    // All links in one read rather than one query per story.
    QHash<StoryId, QList<StoryQuestionLink>> linksOfStory;
    for (const StoryQuestionLink& link : bank.links())
        linksOfStory[link.story].append(link);
    QJsonArray stories;
    for (const Story& s : storyList)
        stories.append(
            storyJson(s, linksOfStory.value(s.id), bank.dismissedCoachRules(s.id), look));
    QJsonArray interviews;
    for (const Interview& i : bank.interviews())
        interviews.append(interviewJson(i, int(interviews.size()) + 1, look));
    // The bank lists the journal newest first, and entries of one day latest written first;
    // an import adds rows in file order, so only the order of writing survives a round trip.
    QList<JournalEntry> entries = bank.journal();
    std::sort(entries.begin(), entries.end(),
        [](const JournalEntry& a, const JournalEntry& b) { return a.id < b.id; });
    QJsonArray journal;
    for (const JournalEntry& e : entries)
        journal.append(journalJson(e, int(journal.size()) + 1, look));
    QJsonArray practice;
    for (const PracticeRecord& p : bank.practiceRecords())
        practice.append(practiceJson(p, int(practice.size()) + 1, look));

    QJsonObject top {{QStringLiteral("format"), jsonfields::formatName()},
        {QStringLiteral("version"), jsonfields::kVersion},
        {QStringLiteral("categories"), categories}, {QStringLiteral("tags"), tags},
        {QStringLiteral("questions"), questions}, {QStringLiteral("stories"), stories},
        {QStringLiteral("interviews"), interviews}, {QStringLiteral("journal"), journal},
        {QStringLiteral("practice"), practice}};
    if (const Pitch pitch = bank.defaultPitch(); !pitch.isEmpty())
        top.insert(QStringLiteral("pitch"), pitchJson(pitch));
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace sb

#include "core/store/InterviewStore.h"

#include "core/db/Database.h"
#include "core/store/ChildRows.h"
#include "core/store/DbText.h"
#include "core/store/PitchStore.h"

namespace sb {

namespace {

#define INTERVIEW_COLUMNS                                                                          \
    "SELECT id, company, role, level, scheduled_at, stage, interviewers, notes, created_at, "      \
    "updated_at FROM interview "

Interview interviewFrom(const Query& row)
{
    Interview i;
    i.id = InterviewId(row.integer(0));
    i.company = row.text(1);
    i.role = row.text(2);
    i.level = row.text(3);
    if (!row.isNull(4))
        i.scheduled = dbtext::toDateTime(row.text(4));
    i.stage = row.text(5);
    i.interviewers = row.text(6);
    i.notes = row.text(7);
    i.created = dbtext::toDateTime(row.text(8));
    i.updated = dbtext::toDateTime(row.text(9));
    return i;
}

const char* const kState[] = {"planned", "told"};

void readStories(Database& db, Interview& interview)
{
    auto query = db.query("SELECT state, story_id, question_id, round, interviewer "
                          "FROM interview_story WHERE interview_id = ? ORDER BY id");
    query.bind(interview.id.value);
    while (query.next()) {
        const StoryId story(query.integer(1));
        const QuestionId question(query.isNull(2) ? 0 : query.integer(2));
        if (query.text(0) == QLatin1String(kState[1]))
            interview.told.append({story, question, query.text(3), query.text(4)});
        else
            interview.plan.append({question, story});
    }
}

void readValues(Database& db, Interview& interview)
{
    auto values = db.query("SELECT id, name, description FROM interview_value "
                           "WHERE interview_id = ? ORDER BY position");
    values.bind(interview.id.value);
    while (values.next()) {
        CompanyValue value {values.text(1), values.text(2), {}};
        value.stories = childrows::loadIds<StoryId>(db,
            "SELECT value_id, story_id FROM interview_value_story WHERE value_id = ?1 "
            "ORDER BY position",
            values.integer(0))
                            .value(values.integer(0));
        interview.values.append(value);
    }
}

// The lists that belong to the interview, read into it.
void readChildren(Database& db, Interview& interview)
{
    const int64_t id = interview.id.value;
    interview.questions = childrows::loadIds<QuestionId>(db,
        "SELECT interview_id, question_id FROM interview_question WHERE interview_id = ?1 "
        "ORDER BY position",
        id)
                              .value(id);
    readStories(db, interview);
    interview.asks = childrows::loadTexts(db,
        "SELECT interview_id, text FROM interview_ask WHERE interview_id = ?1 ORDER BY position",
        id)
                         .value(id);
    readValues(db, interview);
    interview.pitch = PitchStore(db).find(interview.id);
}

void writeStories(Database& db, const Interview& interview)
{
    db.query("DELETE FROM interview_story WHERE interview_id = ?").bind(interview.id.value).exec();
    const char* insert = "INSERT INTO interview_story (interview_id, story_id, question_id, state, "
                         "round, interviewer) VALUES (?, ?, ?, ?, ?, ?)";
    for (const PlannedStory& planned : interview.plan) {
        db.query(insert)
            .bind(interview.id.value, planned.story.value, dbtext::fromId(planned.question),
                QString::fromLatin1(kState[0]), QString(), QString())
            .exec();
    }
    for (const StoryTelling& told : interview.told) {
        db.query(insert)
            .bind(interview.id.value, told.story.value, dbtext::fromId(told.question),
                QString::fromLatin1(kState[1]), told.round, told.interviewer)
            .exec();
    }
}

void writeValues(Database& db, const Interview& interview)
{
    db.query("DELETE FROM interview_value WHERE interview_id = ?").bind(interview.id.value).exec();
    int64_t position = 0;
    for (const CompanyValue& value : interview.values) {
        db.query("INSERT INTO interview_value (interview_id, position, name, description) "
                 "VALUES (?, ?, ?, ?)")
            .bind(interview.id.value, position++, value.name, value.description)
            .exec();
        childrows::replaceIds(db, "DELETE FROM interview_value_story WHERE value_id = ?1",
            "INSERT INTO interview_value_story (value_id, position, story_id) VALUES (?1, ?2, ?3)",
            db.lastInsertId(), value.stories);
    }
}

// Replaces the interview's lists with those it carries.
void writeChildren(Database& db, const Interview& interview)
{
    childrows::replaceIds(db, "DELETE FROM interview_question WHERE interview_id = ?1",
        "INSERT INTO interview_question (interview_id, position, question_id) VALUES (?1, ?2, ?3)",
        interview.id.value, interview.questions);
    writeStories(db, interview);
    childrows::replaceTexts(db, "DELETE FROM interview_ask WHERE interview_id = ?1",
        "INSERT INTO interview_ask (interview_id, position, text) VALUES (?1, ?2, ?3)",
        interview.id.value, interview.asks);
    writeValues(db, interview);
    PitchStore(db).write(interview.id, interview.pitch);
}

} // namespace

QList<Interview> InterviewStore::all() const
{
    QList<Interview> result;
    auto query = m_db.query(INTERVIEW_COLUMNS "ORDER BY scheduled_at IS NULL, scheduled_at, id");
    while (query.next())
        result.append(interviewFrom(query));
    // A person prepares for a handful of interviews, so a query per list per interview is cheap.
    for (Interview& interview : result)
        readChildren(m_db, interview);
    return result;
}

std::optional<Interview> InterviewStore::find(InterviewId id) const
{
    auto query = m_db.query(INTERVIEW_COLUMNS "WHERE id = ?");
    if (!query.bind(id.value).next())
        return std::nullopt;
    Interview interview = interviewFrom(query);
    readChildren(m_db, interview);
    return interview;
}

int InterviewStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM interview"));
}

InterviewId InterviewStore::insert(const Interview& i)
{
    // Times brought by an import are kept; a new row is created and updated now. A valid id is
    // kept too (undoing a delete puts the interview back as it was).
    const QString now = dbtext::now();
    const QString created = dbtext::fromDateTime(i.created).value_or(now);
    const QString updated = dbtext::fromDateTime(i.updated).value_or(now);
    m_db.query("INSERT INTO interview (id, company, role, level, scheduled_at, stage, "
               "interviewers, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(dbtext::fromId(i.id), i.company, i.role, i.level, dbtext::fromDateTime(i.scheduled),
            i.stage, i.interviewers, i.notes, created, updated)
        .exec();
    Interview inserted = i;
    inserted.id = InterviewId(m_db.lastInsertId());
    writeChildren(m_db, inserted);
    return inserted.id;
}

bool InterviewStore::update(const Interview& i)
{
    const bool found =
        m_db.query("UPDATE interview SET company = ?, role = ?, level = ?, scheduled_at = ?, "
                   "stage = ?, interviewers = ?, notes = ?, updated_at = ? WHERE id = ?")
            .bind(i.company, i.role, i.level, dbtext::fromDateTime(i.scheduled), i.stage,
                i.interviewers, i.notes, dbtext::now(), i.id.value)
            .exec()
        > 0;
    if (found)
        writeChildren(m_db, i);
    return found;
}

bool InterviewStore::remove(InterviewId id)
{
    return m_db.query("DELETE FROM interview WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

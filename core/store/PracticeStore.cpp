#include "core/store/PracticeStore.h"

#include "core/db/Database.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

#define PRACTICE_COLUMNS                                                                           \
    "SELECT id, story_id, question_id, practised_at, duration_seconds, rating, next_due, "         \
    "interval_days, ease, repetitions, recording FROM practice_record "

PracticeRecord recordFrom(const Query& row)
{
    PracticeRecord r;
    r.id = PracticeRecordId(row.integer(0));
    r.story = StoryId(row.isNull(1) ? 0 : row.integer(1));
    r.question = QuestionId(row.isNull(2) ? 0 : row.integer(2));
    r.practised = dbtext::toDateTime(row.text(3));
    r.durationSeconds = int(row.integer(4));
    r.rating = int(row.integer(5));
    if (!row.isNull(6))
        r.nextDue = dbtext::toDate(row.text(6));
    r.intervalDays = int(row.integer(7));
    r.ease = row.real(8);
    r.repetitions = int(row.integer(9));
    r.recording = row.text(10);
    return r;
}

// NULL, not an empty text, for a practice that was not recorded.
std::optional<QString> recordingOf(const PracticeRecord& r)
{
    return r.recording.isEmpty() ? std::nullopt : std::optional<QString>(r.recording);
}

} // namespace

QList<PracticeRecord> PracticeStore::all() const
{
    QList<PracticeRecord> result;
    auto query = m_db.query(PRACTICE_COLUMNS "ORDER BY practised_at, id");
    while (query.next())
        result.append(recordFrom(query));
    return result;
}

QList<PracticeRecord> PracticeStore::ofStory(StoryId story) const
{
    QList<PracticeRecord> result;
    auto query = m_db.query(PRACTICE_COLUMNS "WHERE story_id = ? ORDER BY practised_at, id");
    query.bind(story.value);
    while (query.next())
        result.append(recordFrom(query));
    return result;
}

std::optional<PracticeRecord> PracticeStore::find(PracticeRecordId id) const
{
    auto query = m_db.query(PRACTICE_COLUMNS "WHERE id = ?");
    if (query.bind(id.value).next())
        return recordFrom(query);
    return std::nullopt;
}

std::optional<PracticeRecord> PracticeStore::lastOf(const PracticeItem& item) const
{
    // The same order as all(), read from its end.
    auto query = item.isQuestion()
        ? m_db.query(PRACTICE_COLUMNS "WHERE question_id = ? ORDER BY practised_at DESC, id DESC "
                                      "LIMIT 1")
        : m_db.query(PRACTICE_COLUMNS "WHERE story_id = ? AND question_id IS NULL "
                                      "ORDER BY practised_at DESC, id DESC LIMIT 1");
    query.bind(item.isQuestion() ? item.question.value : item.story.value);
    if (query.next())
        return recordFrom(query);
    return std::nullopt;
}

int PracticeStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM practice_record"));
}

PracticeRecordId PracticeStore::insert(const PracticeRecord& r)
{
    m_db.query("INSERT INTO practice_record (story_id, question_id, practised_at, "
               "duration_seconds, rating, next_due, interval_days, ease, repetitions, recording) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(dbtext::fromId(r.story), dbtext::fromId(r.question),
            dbtext::fromDateTime(r.practised).value_or(dbtext::now()), r.durationSeconds, r.rating,
            dbtext::fromDate(r.nextDue), r.intervalDays, r.ease, r.repetitions, recordingOf(r))
        .exec();
    return PracticeRecordId(m_db.lastInsertId());
}

bool PracticeStore::update(const PracticeRecord& r)
{
    return m_db.query(
                   "UPDATE practice_record SET story_id = ?, question_id = ?, practised_at = ?, "
                   "duration_seconds = ?, rating = ?, next_due = ?, interval_days = ?, ease = ?, "
                   "repetitions = ?, recording = ? WHERE id = ?")
               .bind(dbtext::fromId(r.story), dbtext::fromId(r.question),
                   dbtext::fromDateTime(r.practised).value_or(dbtext::now()), r.durationSeconds,
                   r.rating, dbtext::fromDate(r.nextDue), r.intervalDays, r.ease, r.repetitions,
                   recordingOf(r), r.id.value)
               .exec()
        > 0;
}

// The record's recording, if any, stays in the recordings folder, also when a removed story or
// question takes its records with it: no audio the user may still want is lost, and the folder
// is theirs to tidy.
bool PracticeStore::remove(PracticeRecordId id)
{
    return m_db.query("DELETE FROM practice_record WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

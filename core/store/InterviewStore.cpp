#include "core/store/InterviewStore.h"

#include "core/db/Database.h"
#include "core/store/DbText.h"

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

} // namespace

QList<Interview> InterviewStore::all() const
{
    QList<Interview> result;
    auto query = m_db.query(INTERVIEW_COLUMNS "ORDER BY scheduled_at IS NULL, scheduled_at, id");
    while (query.next())
        result.append(interviewFrom(query));
    return result;
}

std::optional<Interview> InterviewStore::find(InterviewId id) const
{
    auto query = m_db.query(INTERVIEW_COLUMNS "WHERE id = ?");
    if (query.bind(id.value).next())
        return interviewFrom(query);
    return std::nullopt;
}

int InterviewStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM interview"));
}

InterviewId InterviewStore::insert(const Interview& i)
{
    // Times brought by an import are kept; a new row is created and updated now.
    const QString now = dbtext::now();
    const QString created = dbtext::fromDateTime(i.created).value_or(now);
    const QString updated = dbtext::fromDateTime(i.updated).value_or(now);
    m_db.query("INSERT INTO interview (company, role, level, scheduled_at, stage, interviewers, "
               "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(i.company, i.role, i.level, dbtext::fromDateTime(i.scheduled), i.stage,
            i.interviewers, i.notes, created, updated)
        .exec();
    return InterviewId(m_db.lastInsertId());
}

bool InterviewStore::update(const Interview& i)
{
    return m_db.query("UPDATE interview SET company = ?, role = ?, level = ?, scheduled_at = ?, "
                      "stage = ?, interviewers = ?, notes = ?, updated_at = ? WHERE id = ?")
               .bind(i.company, i.role, i.level, dbtext::fromDateTime(i.scheduled), i.stage,
                   i.interviewers, i.notes, dbtext::now(), i.id.value)
               .exec()
        > 0;
}

bool InterviewStore::remove(InterviewId id)
{
    return m_db.query("DELETE FROM interview WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

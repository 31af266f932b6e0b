#include "core/store/PitchStore.h"

#include "core/db/Database.h"
#include "core/store/DbText.h"

namespace sb {

Pitch PitchStore::find(InterviewId interview) const
{
    auto query = m_db.query("SELECT who, highlights, seeking FROM pitch WHERE interview_id IS ?");
    if (!query.bind(dbtext::fromId(interview)).next())
        return {};
    return Pitch {query.text(0), query.text(1), query.text(2)};
}

void PitchStore::write(InterviewId interview, const Pitch& pitch)
{
    m_db.query("DELETE FROM pitch WHERE interview_id IS ?").bind(dbtext::fromId(interview)).exec();
    if (pitch.isEmpty())
        return;
    m_db.query("INSERT INTO pitch (interview_id, who, highlights, seeking) VALUES (?, ?, ?, ?)")
        .bind(dbtext::fromId(interview), pitch.who, pitch.highlights, pitch.seeking)
        .exec();
}

} // namespace sb

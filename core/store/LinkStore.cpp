#include "core/store/LinkStore.h"

#include "core/db/Database.h"

namespace sb {

namespace {

#define LINK_COLUMNS "SELECT story_id, question_id, fit, angle FROM story_question "

StoryQuestionLink linkFrom(const Query& row)
{
    return {StoryId(row.integer(0)), QuestionId(row.integer(1)),
        linkFitFromKey(row.text(2)).value_or(LinkFit::Strong), row.text(3)};
}

QList<StoryQuestionLink> collect(Query& query)
{
    QList<StoryQuestionLink> result;
    while (query.next())
        result.append(linkFrom(query));
    return result;
}

} // namespace

std::optional<StoryQuestionLink> LinkStore::find(StoryId story, QuestionId question) const
{
    auto query = m_db.query(LINK_COLUMNS "WHERE story_id = ? AND question_id = ?");
    if (query.bind(story.value, question.value).next())
        return linkFrom(query);
    return std::nullopt;
}

QList<StoryQuestionLink> LinkStore::ofStory(StoryId story) const
{
    auto query = m_db.query(LINK_COLUMNS "WHERE story_id = ? ORDER BY question_id");
    query.bind(story.value);
    return collect(query);
}

QList<StoryQuestionLink> LinkStore::ofQuestion(QuestionId question) const
{
    auto query = m_db.query(LINK_COLUMNS "WHERE question_id = ? ORDER BY story_id");
    query.bind(question.value);
    return collect(query);
}

QList<StoryQuestionLink> LinkStore::all() const
{
    auto query = m_db.query(LINK_COLUMNS "ORDER BY story_id, question_id");
    return collect(query);
}

int LinkStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM story_question"));
}

void LinkStore::upsert(const StoryQuestionLink& link)
{
    m_db.query("INSERT INTO story_question (story_id, question_id, fit, angle) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (story_id, question_id) DO UPDATE SET fit = excluded.fit, "
               "angle = excluded.angle")
        .bind(link.story.value, link.question.value, toKey(link.fit), link.angle)
        .exec();
}

bool LinkStore::remove(StoryId story, QuestionId question)
{
    return m_db.query("DELETE FROM story_question WHERE story_id = ? AND question_id = ?")
               .bind(story.value, question.value)
               .exec()
        > 0;
}

} // namespace sb

#include "core/store/MembershipStore.h"

#include "core/db/Database.h"

namespace sb {

namespace {

template<typename IdT> QList<IdT> ids(Database& db, const char* sql, int64_t key)
{
    QList<IdT> result;
    auto query = db.query(sql);
    query.bind(key);
    while (query.next())
        result.append(IdT(query.integer(0)));
    return result;
}

template<typename IdT> QHash<IdT, int> counts(Database& db, const char* sql)
{
    QHash<IdT, int> result;
    for (auto query = db.query(sql); query.next();)
        result.insert(IdT(query.integer(0)), int(query.integer(1)));
    return result;
}

} // namespace

QList<StoryId> MembershipStore::storiesInCategory(CategoryId category) const
{
    return ids<StoryId>(m_db,
        "SELECT story_id FROM story_category WHERE category_id = ? ORDER BY story_id",
        category.value);
}

QList<QuestionId> MembershipStore::answeredQuestions() const
{
    QList<QuestionId> result;
    for (auto query = m_db.query("SELECT DISTINCT question_id FROM story_question ORDER BY 1");
         query.next();)
        result.append(QuestionId(query.integer(0)));
    return result;
}

QHash<TagId, int> MembershipStore::storyCountByTag() const
{
    return counts<TagId>(m_db, "SELECT tag_id, count(*) FROM story_tag GROUP BY tag_id");
}

QHash<CategoryId, int> MembershipStore::storyCountByCategory() const
{
    return counts<CategoryId>(
        m_db, "SELECT category_id, count(*) FROM story_category GROUP BY category_id");
}

QHash<CategoryId, int> MembershipStore::questionCountByCategory() const
{
    return counts<CategoryId>(
        m_db, "SELECT category_id, count(*) FROM question_category GROUP BY category_id");
}

void MembershipStore::setStoriesWithTag(TagId tag, const QList<StoryId>& stories)
{
    m_db.query("DELETE FROM story_tag WHERE tag_id = ?").bind(tag.value).exec();
    for (StoryId story : stories) {
        m_db.query("INSERT INTO story_tag (story_id, tag_id, position) "
                   "SELECT ?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM story_tag "
                   "WHERE story_id = ?1) WHERE EXISTS (SELECT 1 FROM story WHERE id = ?1)")
            .bind(story.value, tag.value)
            .exec();
    }
}

void MembershipStore::addToCategory(
    CategoryId category, const QList<QuestionId>& questions, const QList<StoryId>& stories)
{
    for (QuestionId question : questions) {
        m_db.query("INSERT OR IGNORE INTO question_category (question_id, category_id, position) "
                   "SELECT ?1, ?2, (SELECT coalesce(max(position) + 1, 0) "
                   "FROM question_category WHERE question_id = ?1) "
                   "WHERE EXISTS (SELECT 1 FROM question WHERE id = ?1)")
            .bind(question.value, category.value)
            .exec();
    }
    for (StoryId story : stories) {
        m_db.query("INSERT OR IGNORE INTO story_category (story_id, category_id, position) "
                   "SELECT ?1, ?2, (SELECT coalesce(max(position) + 1, 0) "
                   "FROM story_category WHERE story_id = ?1) "
                   "WHERE EXISTS (SELECT 1 FROM story WHERE id = ?1)")
            .bind(story.value, category.value)
            .exec();
    }
}

} // namespace sb

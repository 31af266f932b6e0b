#include "core/store/CoachDismissalStore.h"

#include "core/db/Database.h"

namespace sb {

QSet<QString> CoachDismissalStore::ofStory(StoryId story) const
{
    auto query = m_db.query("SELECT rule FROM coach_dismissal WHERE story_id = ?");
    query.bind(story.value);
    QSet<QString> rules;
    while (query.next())
        rules.insert(query.text(0));
    return rules;
}

void CoachDismissalStore::add(StoryId story, const QString& rule)
{
    m_db.query("INSERT OR IGNORE INTO coach_dismissal (story_id, rule) VALUES (?, ?)")
        .bind(story.value, rule)
        .exec();
}

bool CoachDismissalStore::remove(StoryId story, const QString& rule)
{
    return m_db.query("DELETE FROM coach_dismissal WHERE story_id = ? AND rule = ?")
               .bind(story.value, rule)
               .exec()
        > 0;
}

} // namespace sb

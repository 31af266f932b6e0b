#pragma once

#include "core/model/Id.h"

#include <QSet>
#include <QString>

namespace sb {

class Database;

// SQL for the coach findings a user has dismissed, by story and rule id. Emits nothing.
class CoachDismissalStore {
public:
    explicit CoachDismissalStore(Database& db) : m_db(db) { }

    QSet<QString> ofStory(StoryId story) const;
    // Does nothing when the rule is already dismissed for the story.
    void add(StoryId story, const QString& rule);
    // False when it was not dismissed.
    bool remove(StoryId story, const QString& rule);

private:
    Database& m_db;
};

} // namespace sb

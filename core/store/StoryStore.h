#pragma once

#include "core/model/Story.h"
#include "core/model/StorySummary.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for stories with their cues, tags and categories. Emits nothing.
class StoryStore {
public:
    explicit StoryStore(Database& db) : m_db(db) { }

    QList<Story> all() const;
    // In id order, those after `after` (all when invalid), at most `limit` of them (all when
    // negative): a long list can be read a page at a time.
    QList<StorySummary> summaries(StoryId after = {}, int limit = -1) const;
    std::optional<StorySummary> summary(StoryId id) const;
    std::optional<Story> find(StoryId id) const;
    bool exists(StoryId id) const;
    QList<StoryId> withTag(TagId tag) const;
    int count() const;

    StoryId insert(const Story& story);
    bool update(const Story& story);
    bool remove(StoryId id);

private:
    QList<Story> load(const char* sql, int64_t id) const;

    Database& m_db;
};

} // namespace sb

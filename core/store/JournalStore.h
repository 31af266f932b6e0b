#pragma once

#include "core/model/JournalEntry.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for the brag journal. Emits nothing.
class JournalStore {
public:
    explicit JournalStore(Database& db) : m_db(db) { }

    QList<JournalEntry> all() const; // newest first
    std::optional<JournalEntry> find(JournalEntryId id) const;
    std::optional<JournalEntry> ofStory(StoryId story) const; // the entry promoted to it
    QList<JournalEntry> allOfStory(StoryId story) const; // every entry pointing at it
    int count() const;

    JournalEntryId insert(const JournalEntry& entry);
    bool update(const JournalEntry& entry);
    bool remove(JournalEntryId id);

private:
    Database& m_db;
};

} // namespace sb

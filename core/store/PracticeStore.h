#pragma once

#include "core/model/PracticeRecord.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for practice records. Emits nothing.
class PracticeStore {
public:
    explicit PracticeStore(Database& db) : m_db(db) { }

    QList<PracticeRecord> all() const; // oldest first
    QList<PracticeRecord> ofStory(StoryId story) const;
    std::optional<PracticeRecord> find(PracticeRecordId id) const;
    int count() const;

    PracticeRecordId insert(const PracticeRecord& record);
    bool update(const PracticeRecord& record);
    bool remove(PracticeRecordId id);

private:
    Database& m_db;
};

} // namespace sb

#pragma once

#include "core/model/PracticeRecord.h"
#include "core/practice/PracticeItem.h"

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
    // The latest record of item (PracticeItem::of tells whose a record is).
    std::optional<PracticeRecord> lastOf(const PracticeItem& item) const;
    int count() const;

    PracticeRecordId insert(const PracticeRecord& record);
    bool update(const PracticeRecord& record);
    bool remove(PracticeRecordId id);

private:
    Database& m_db;
};

} // namespace sb

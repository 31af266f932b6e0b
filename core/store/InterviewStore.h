#pragma once

#include "core/model/Interview.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for interviews. Emits nothing.
class InterviewStore {
public:
    explicit InterviewStore(Database& db) : m_db(db) { }

    QList<Interview> all() const; // by date, undated last
    std::optional<Interview> find(InterviewId id) const;
    int count() const;

    InterviewId insert(const Interview& interview);
    bool update(const Interview& interview);
    bool remove(InterviewId id);

private:
    Database& m_db;
};

} // namespace sb

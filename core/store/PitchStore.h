#pragma once

#include "core/model/Id.h"
#include "core/model/Pitch.h"

namespace sb {

class Database;

// SQL for pitches: the bank's default (an invalid interview id) and interviews' own variants.
// Emits nothing.
class PitchStore {
public:
    explicit PitchStore(Database& db) : m_db(db) { }

    Pitch find(InterviewId interview) const; // empty when none is written
    // An empty pitch removes the row, so an interview falls back to the default.
    void write(InterviewId interview, const Pitch& pitch);

private:
    Database& m_db;
};

} // namespace sb

#pragma once

#include <QMetaType>

#include <cstdint>

namespace sb {

// What a committed write changed; front ends refresh from these.
struct BankChange {
    // Pitch: the bank's default pitch (an interview's own is part of the interview).
    enum class Entity { Category, Question, Story, Tag, Link, Interview, Journal, Practice, Pitch };
    enum class Kind { Added, Updated, Removed };

    Entity entity;
    Kind kind;
    int64_t id = 0; // for Link: the story's id
    int64_t otherId = 0; // for Link: the question's id
};

} // namespace sb

Q_DECLARE_METATYPE(sb::BankChange)

#pragma once

#include <QHashFunctions>

#include <compare>
#include <cstdint>

namespace sb {

// A row id that knows which table it belongs to, so a StoryId cannot be passed as a QuestionId.
template<typename Table> struct Id {
    int64_t value = 0;

    constexpr Id() = default;
    constexpr explicit Id(int64_t v) : value(v) { }
    constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.value, seed); }
};

using CategoryId = Id<struct CategoryTable>;
using QuestionId = Id<struct QuestionTable>;
using StoryId = Id<struct StoryTable>;
using TagId = Id<struct TagTable>;
using InterviewId = Id<struct InterviewTable>;
using JournalEntryId = Id<struct JournalTable>;
using PracticeRecordId = Id<struct PracticeTable>;

} // namespace sb

#pragma once

#include "core/model/Id.h"
#include "core/model/StorySections.h"

#include <QString>

#include <optional>

namespace sb {

// One piece of advice the story coach gives about one story.
struct CoachFinding {
    StoryId story;
    QString rule; // stable id ("too-much-context"): what a dismissal remembers
    QString message; // one line, translated
    QString explanation; // why it matters, translated
    // Where it applies. Offsets count characters in the section's text as sectionText() gives
    // it; start is -1 when the finding is about the whole story rather than a place in it.
    std::optional<StorySection> section;
    int start = -1;
    int length = 0;

    friend bool operator==(const CoachFinding&, const CoachFinding&) = default;
};

} // namespace sb

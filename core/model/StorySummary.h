#pragma once

#include "core/model/Enums.h"
#include "core/model/Id.h"

#include <QString>

namespace sb {

// What a list of stories shows of each: cheap to read for thousands of them.
struct StorySummary {
    StoryId id;
    QString title;
    QString summary;
    StoryMethod method = StoryMethod::Star;
    StoryStatus status = StoryStatus::Draft;

    friend bool operator==(const StorySummary&, const StorySummary&) = default;
};

} // namespace sb

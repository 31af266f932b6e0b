#pragma once

#include "core/analysis/CoachContext.h"
#include "core/analysis/CoachFinding.h"
#include "core/model/Story.h"

#include <QList>

namespace sb {

// One thing the story coach looks for. Rules are stateless; each returns its findings for a
// story (none when the story is fine).
class CoachRule {
public:
    virtual ~CoachRule() = default;
    virtual QString id() const = 0;
    virtual QList<CoachFinding> check(const Story& story, const CoachContext& context) const = 0;
};

} // namespace sb

#pragma once

#include "core/analysis/SpeakingTime.h"

#include <QSet>
#include <QString>

namespace sb {

// What the coach's rules need to know about a story beyond its own text.
struct CoachContext {
    // Linked to at least one question or filed under at least one category.
    bool isLinked = false;
    // The spoken length the story should aim for.
    int targetSeconds = speakingtime::kTargetSeconds;
    // Rule ids the user has dismissed for this story; their findings are left out.
    QSet<QString> dismissed;
};

} // namespace sb

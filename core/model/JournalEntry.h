#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sb {

// One accomplishment in the brag journal; it may later become a story.
struct JournalEntry {
    JournalEntryId id;
    QDate date;
    QString title;
    QString details;
    QString metrics;
    QString feedback;
    StoryId story; // the story written from it, if any
    QDateTime created;
    QDateTime updated;

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

} // namespace sb

#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sb {

// One accomplishment in the brag journal; it may later become a story.
struct JournalEntry {
    // The 1-5 ratings that sort entries into the best story material; 0 is not rated.
    static constexpr int kMaxRating = 5;

    JournalEntryId id;
    QDate date;
    QDate endDate; // for a period (a project, a quarter); invalid for a single day
    QString title;
    QString details; // what happened
    QString metrics;
    QString feedback; // quotes from reviews, praise received
    QStringList tags;
    int impact = 0;
    int scope = 0;
    int involvement = 0;
    StoryId story; // the story written from it, if any
    QDateTime created;
    QDateTime updated;

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

} // namespace sb

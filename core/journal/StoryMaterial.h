#pragma once

#include "core/model/JournalEntry.h"
#include "core/model/Story.h"

#include <QList>

namespace sb::storymaterial {

// How strong a candidate for a story an entry is: impact, scope and involvement added up
// (0 to 15; unrated counts nothing).
int strength(const JournalEntry& entry);

// The entries not yet promoted to a story, strongest first, then newest, then by title.
QList<JournalEntry> candidates(const QList<JournalEntry>& journal);

// The draft story an entry becomes: a STAR draft titled as the entry, what happened as the
// situation, the metrics and feedback as the result (what it changed and how it was seen),
// its period as the story's period, its impact and involvement as the story's ratings.
// Tags are carried by name by the Bank.
Story draftStory(const JournalEntry& entry);

} // namespace sb::storymaterial

#pragma once

#include "core/model/JournalEntry.h"

#include <QString>

// How journal entries are named on screen, the same in the list, the editor and the story's
// back-reference.

namespace sb::gui::journaltext {

// "3 Mar 2025", or "3 Mar – 30 Apr 2025" for a period.
QString when(const JournalEntry& entry);
// "impact 4 · scope 3 · involvement 5", leaving out what is not rated; empty when none is.
QString ratings(const JournalEntry& entry);

} // namespace sb::gui::journaltext

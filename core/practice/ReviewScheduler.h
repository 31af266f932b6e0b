#pragma once

#include "core/model/PracticeRecord.h"
#include "core/practice/Recall.h"

#include <optional>

namespace sb::practice {

// When a story or question should be practised again, by the SM-2 algorithm: P. A. Wozniak,
// "Optimization of learning" (1990), chapter 3.2, as published by SuperMemo World
// (https://www.supermemo.com/en/blog/application-of-a-computer-to-improve-the-results-obtained-in-working-with-the-supermemo-method).
//
// Our four answers stand for SM-2's grades: again 1 (not recalled), hard 3, good 4, easy 5.
// - The E-Factor starts at 2.5 and after every answer becomes
//   EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3.
// - A grade below 3 starts the repetitions again: the next practice is in 1 day.
// - Otherwise the n-th repetition in a row comes after I(1) = 1 day, I(2) = 6 days and
//   I(n) = I(n-1) * EF days (rounded), with EF as it stood before this answer (SM-2 changes it
//   after each repetition).
// Returns answer with intervalDays, ease, repetitions and nextDue (the practice's date plus
// the interval) filled in; previous is the item's last practice, if it had one.
PracticeRecord schedule(const std::optional<PracticeRecord>& previous, PracticeRecord answer);

// SM-2's grade (0..5) for one of our answers.
int sm2Grade(Recall recall);

} // namespace sb::practice

#pragma once

#include "core/store/CategoryStore.h"
#include "core/store/CoachDismissalStore.h"
#include "core/store/InterviewStore.h"
#include "core/store/JournalStore.h"
#include "core/store/LinkStore.h"
#include "core/store/MembershipStore.h"
#include "core/store/PitchStore.h"
#include "core/store/PracticeStore.h"
#include "core/store/QuestionStore.h"
#include "core/store/SearchIndex.h"
#include "core/store/StoryStore.h"
#include "core/store/TagStore.h"

namespace sb {

// The per-table storage classes of one bank, all on the Bank's connection.
struct BankStores {
    explicit BankStores(Database& db)
        : categories(db), questions(db), stories(db), tags(db), links(db), interviews(db),
          journal(db), practice(db), search(db), membership(db), coachDismissals(db), pitches(db)
    {
    }

    CategoryStore categories;
    QuestionStore questions;
    StoryStore stories;
    TagStore tags;
    LinkStore links;
    InterviewStore interviews;
    JournalStore journal;
    PracticeStore practice;
    SearchIndex search;
    MembershipStore membership;
    CoachDismissalStore coachDismissals;
    PitchStore pitches;
};

} // namespace sb

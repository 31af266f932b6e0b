#pragma once

#include "core/model/Category.h"
#include "core/model/Interview.h"
#include "core/model/JournalEntry.h"
#include "core/model/PracticeRecord.h"
#include "core/model/Question.h"
#include "core/model/Story.h"
#include "core/model/Tag.h"

namespace sb::validate {

// Each throws BankError(InvalidValue) with a message naming the field, before anything is
// written, for a value the data model does not allow.
void category(const Category& category);
void tag(const Tag& tag);
void question(const Question& question);
void story(const Story& story);
void practiceRecord(const PracticeRecord& record);
// A name (company, title) is only required where one is being written: an interview or entry
// an earlier version imported without one may be restored, or edited elsewhere, as it is.
void interview(const Interview& interview, bool requireCompany = true);
void journalEntry(const JournalEntry& entry, bool requireTitle = true);

} // namespace sb::validate

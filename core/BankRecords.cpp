#include "core/Bank.h"

#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"

// The Bank's records of preparation: interviews, the brag journal and practice.

namespace sb {

namespace {

using Entity = BankChange::Entity;

const char* const kNoInterview = QT_TRANSLATE_NOOP("sb::Bank", "There is no interview with id %1.");
const char* const kNoJournalEntry =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no journal entry with id %1.");
const char* const kNoPracticeRecord =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no practice record with id %1.");

} // namespace

QList<Interview> Bank::interviews() const
{
    return m_stores->interviews.all();
}
std::optional<Interview> Bank::interview(InterviewId id) const
{
    return m_stores->interviews.find(id);
}
InterviewId Bank::addInterview(const Interview& interview)
{
    return addRow(m_stores->interviews, interview, Entity::Interview);
}
void Bank::updateInterview(const Interview& interview)
{
    updateRow(m_stores->interviews, interview, Entity::Interview, kNoInterview);
}
void Bank::removeInterview(InterviewId id)
{
    removeRow(m_stores->interviews, id, Entity::Interview, kNoInterview);
}

QList<JournalEntry> Bank::journal() const
{
    return m_stores->journal.all();
}
std::optional<JournalEntry> Bank::journalEntry(JournalEntryId id) const
{
    return m_stores->journal.find(id);
}
JournalEntryId Bank::addJournalEntry(const JournalEntry& entry)
{
    return addRow(m_stores->journal, entry, Entity::Journal);
}
void Bank::updateJournalEntry(const JournalEntry& entry)
{
    updateRow(m_stores->journal, entry, Entity::Journal, kNoJournalEntry);
}
void Bank::removeJournalEntry(JournalEntryId id)
{
    removeRow(m_stores->journal, id, Entity::Journal, kNoJournalEntry);
}

QList<PracticeRecord> Bank::practiceRecords() const
{
    return m_stores->practice.all();
}
QList<PracticeRecord> Bank::practiceOfStory(StoryId story) const
{
    return m_stores->practice.ofStory(story);
}
std::optional<PracticeRecord> Bank::practiceRecord(PracticeRecordId id) const
{
    return m_stores->practice.find(id);
}
PracticeRecordId Bank::addPracticeRecord(const PracticeRecord& record)
{
    validate::practiceRecord(record);
    return addRow(m_stores->practice, record, Entity::Practice);
}
void Bank::updatePracticeRecord(const PracticeRecord& record)
{
    validate::practiceRecord(record);
    updateRow(m_stores->practice, record, Entity::Practice, kNoPracticeRecord);
}
void Bank::removePracticeRecord(PracticeRecordId id)
{
    removeRow(m_stores->practice, id, Entity::Practice, kNoPracticeRecord);
}

} // namespace sb

#include "core/Bank.h"

#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"

// The Bank's practice records, as rows (BankPractice.cpp schedules them).

namespace sb {

namespace {

using Entity = BankChange::Entity;

const char* const kNoPracticeRecord =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no practice record with id %1.");

} // namespace

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

// BankImportRun's part for interviews, journal entries and practice records: rows that are not
// matched by name but by what identifies them to their owner (company and date, date and title,
// the moment of practice), so importing the same export twice adds them once.
#include "core/BankImportRun.h"

#include "core/BankStores.h"
#include "core/BankValidation.h"

#include <QCoreApplication>

namespace sb {

namespace {

QString interviewKey(const Interview& interview)
{
    return interview.company.simplified().toCaseFolded() + QChar(u'\x1f')
        + interview.role.simplified().toCaseFolded() + QChar(u'\x1f')
        + interview.scheduled.toUTC().toString(Qt::ISODateWithMs);
}

QString journalKey(const JournalEntry& entry)
{
    return entry.date.toString(Qt::ISODate) + QChar(u'\x1f')
        + entry.title.simplified().toCaseFolded();
}

QString practiceKey(const PracticeRecord& record)
{
    return QString::number(record.story.value) + QChar(u'\x1f')
        + QString::number(record.question.value) + QChar(u'\x1f')
        + record.practised.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

void BankImportRun::importRecords(const ImportDocument& document, const Keys& keys)
{
    using Entity = BankChange::Entity;
    using Kind = BankChange::Kind;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("sb::BankImportRun", text);
    };

    QSet<QString> interviews;
    for (const Interview& interview : m_stores.interviews.all())
        interviews.insert(interviewKey(interview));
    for (Interview interview : document.interviews) {
        if (interviews.contains(interviewKey(interview)))
            continue;
        interviews.insert(interviewKey(interview));
        interview.id = InterviewId();
        const InterviewId id = m_stores.interviews.insert(interview);
        ++m_summary.interviewsAdded;
        changed(Entity::Interview, Kind::Added, id.value);
    }

    QSet<QString> journal;
    for (const JournalEntry& entry : m_stores.journal.all())
        journal.insert(journalKey(entry));
    for (JournalEntry entry : document.journal) {
        if (journal.contains(journalKey(entry)))
            continue;
        journal.insert(journalKey(entry));
        entry.id = JournalEntryId();
        entry.story = keys.stories.value(entry.story.value);
        const JournalEntryId id = m_stores.journal.insert(entry);
        ++m_summary.journalAdded;
        changed(Entity::Journal, Kind::Added, id.value);
    }

    QSet<QString> practice;
    for (const PracticeRecord& record : m_stores.practice.all())
        practice.insert(practiceKey(record));
    for (PracticeRecord record : document.practice) {
        record.id = PracticeRecordId();
        record.story = keys.stories.value(record.story.value);
        record.question = keys.questions.value(record.question.value);
        if (!record.story.isValid() && !record.question.isValid()) {
            warn(document, 0,
                tr("A practice record of a story or question that was left out was left out "
                   "too."));
            continue;
        }
        if (practice.contains(practiceKey(record)))
            continue;
        practice.insert(practiceKey(record));
        validate::practiceRecord(record);
        const PracticeRecordId id = m_stores.practice.insert(record);
        ++m_summary.practiceAdded;
        changed(Entity::Practice, Kind::Added, id.value);
    }
}

} // namespace sb

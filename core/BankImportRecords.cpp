// BankImportRun's part for interviews, journal entries and practice records: rows that are not
// matched by name but by what identifies them to their owner (company and date, date and title,
// the moment of practice), so importing the same export twice adds them once.
#include "core/BankImportRun.h"

#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/exchange/ImportError.h"

#include <QCoreApplication>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankImportRun)
};

const QChar kSeparator(u'\x1f');

// A record is matched by all it says, so two interviews that differ only in stage, or two
// journal entries of one day, are both kept.
QString interviewKey(const Interview& i)
{
    return QStringList {i.company, i.role, i.level, i.scheduled.toUTC().toString(Qt::ISODateWithMs),
        i.stage, i.interviewers, i.notes}
        .join(kSeparator);
}

QString journalKey(const JournalEntry& e)
{
    return QStringList {e.date.toString(Qt::ISODate), e.title, e.details, e.metrics, e.feedback}
        .join(kSeparator);
}

QString practiceKey(const PracticeRecord& r)
{
    return QStringList {QString::number(r.story.value), QString::number(r.question.value),
        r.practised.toUTC().toString(Qt::ISODateWithMs), QString::number(r.durationSeconds),
        QString::number(r.rating)}
        .join(kSeparator);
}

// How many rows of each key the bank has and an import has not yet matched: the n-th equal
// record of a file is matched with the n-th of the bank, so a file imported twice adds each
// row once and two equal rows in one file are both kept.
template<typename Row>
QHash<QString, int> countKeys(const QList<Row>& rows, QString (*key)(const Row&))
{
    QHash<QString, int> counts;
    for (const Row& row : rows)
        ++counts[key(row)];
    return counts;
}

bool alreadyThere(QHash<QString, int>& unmatched, const QString& key)
{
    const auto it = unmatched.find(key);
    if (it == unmatched.end() || *it == 0)
        return false;
    --*it;
    return true;
}

} // namespace

void BankImportRun::importRecords(const ImportDocument& document, const Keys& keys)
{
    using Entity = BankChange::Entity;
    using Kind = BankChange::Kind;

    QHash<QString, int> interviews = countKeys(m_stores.interviews.all(), &interviewKey);
    for (Interview interview : document.interviews) {
        if (alreadyThere(interviews, interviewKey(interview)))
            continue;
        interview.id = InterviewId();
        const InterviewId id = m_stores.interviews.insert(interview);
        ++m_summary.interviewsAdded;
        changed(Entity::Interview, Kind::Added, id.value);
    }

    QHash<QString, int> journal = countKeys(m_stores.journal.all(), &journalKey);
    for (JournalEntry entry : document.journal) {
        if (alreadyThere(journal, journalKey(entry)))
            continue;
        entry.id = JournalEntryId();
        entry.story = keys.stories.value(entry.story.value);
        const JournalEntryId id = m_stores.journal.insert(entry);
        ++m_summary.journalAdded;
        changed(Entity::Journal, Kind::Added, id.value);
    }

    QHash<QString, int> practice = countKeys(m_stores.practice.all(), &practiceKey);
    for (PracticeRecord record : document.practice) {
        record.id = PracticeRecordId();
        record.story = keys.stories.value(record.story.value);
        record.question = keys.questions.value(record.question.value);
        if (!record.story.isValid() && !record.question.isValid()) {
            warn(document, 0,
                Text::tr("A practice record of a story or question that was left out was left out "
                         "too."));
            continue;
        }
        if (alreadyThere(practice, practiceKey(record)))
            continue;
        try {
            validate::practiceRecord(record);
        } catch (const BankError& error) {
            throw ImportError(document.source, -1,
                Text::tr("%1: a practice record cannot be imported: %2")
                    .arg(document.source, error.message()));
        }
        const PracticeRecordId id = m_stores.practice.insert(record);
        ++m_summary.practiceAdded;
        changed(Entity::Practice, Kind::Added, id.value);
    }
}

} // namespace sb

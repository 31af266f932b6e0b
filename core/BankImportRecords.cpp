// BankImportRun's part for interviews, journal entries, practice records and the default pitch:
// rows that are not matched by name but by what identifies them to their owner (company and
// date, date and title, the moment of practice), so importing the same export twice adds them
// once.
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
// journal entries of one day, are both kept. An interview's lists are part of it: by then they
// hold the bank's ids, so the same file imported again gives the same key.
QString interviewKey(const Interview& i)
{
    QStringList parts {i.company, i.role, i.level, i.scheduled.toUTC().toString(Qt::ISODateWithMs),
        i.stage, i.interviewers, i.notes};
    QStringList questions;
    for (QuestionId question : i.questions)
        questions.append(QString::number(question.value));
    parts.append(questions.join(u','));
    for (const PlannedStory& planned : i.plan)
        parts.append(
            QStringLiteral("plan %1 %2").arg(planned.question.value).arg(planned.story.value));
    for (const StoryTelling& told : i.told)
        parts.append(QStringList {
            QStringLiteral("told %1 %2").arg(told.story.value).arg(told.question.value), told.round,
            told.interviewer}
                         .join(kSeparator));
    parts.append(i.asks);
    for (const CompanyValue& value : i.values) {
        QStringList stories;
        for (StoryId story : value.stories)
            stories.append(QString::number(story.value));
        parts.append(
            QStringList {value.name, value.description, stories.join(u',')}.join(kSeparator));
    }
    parts.append({i.pitch.who, i.pitch.highlights, i.pitch.seeking});
    return parts.join(kSeparator);
}

QString journalKey(const JournalEntry& e)
{
    return QStringList {e.date.toString(Qt::ISODate), e.endDate.toString(Qt::ISODate), e.title,
        e.details, e.metrics, e.feedback, e.tags.join(kSeparator), QString::number(e.impact),
        QString::number(e.scope), QString::number(e.involvement)}
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

QString placeholderTitle(const JournalEntry& entry)
{
    for (const QString& line : entry.details.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.simplified();
    }
    return Text::tr("Untitled entry");
}

} // namespace

// The interview with the bank's ids in place of the file's keys. What names a question or story
// that was left out of the import (with its own warning) is left out too; so is a question
// expected twice because two of the file's questions are one in the bank.
Interview BankImportRun::withBankIds(Interview interview, const Keys& keys, bool& lost)
{
    lost = false;
    const auto story = [&](StoryId key) {
        const StoryId id = keys.stories.value(key.value);
        lost = lost || !id.isValid();
        return id;
    };
    // An unset question (a story told without noting the question) stays unset.
    const auto question = [&](QuestionId key) {
        if (!key.isValid())
            return QuestionId();
        const QuestionId id = keys.questions.value(key.value);
        lost = lost || !id.isValid();
        return id;
    };
    QList<QuestionId> questions;
    for (QuestionId key : std::as_const(interview.questions)) {
        const QuestionId id = question(key);
        if (id.isValid() && !questions.contains(id))
            questions.append(id);
    }
    interview.questions = questions;
    QList<PlannedStory> plan;
    for (const PlannedStory& planned : std::as_const(interview.plan)) {
        const PlannedStory mapped {question(planned.question), story(planned.story)};
        if (mapped.story.isValid() && mapped.question.isValid() == planned.question.isValid())
            plan.append(mapped);
    }
    interview.plan = plan;
    QList<StoryTelling> told;
    for (const StoryTelling& telling : std::as_const(interview.told)) {
        const StoryTelling mapped {
            story(telling.story), question(telling.question), telling.round, telling.interviewer};
        if (mapped.story.isValid() && mapped.question.isValid() == telling.question.isValid())
            told.append(mapped);
    }
    interview.told = told;
    for (CompanyValue& value : interview.values) {
        QList<StoryId> stories;
        for (StoryId key : std::as_const(value.stories)) {
            if (const StoryId id = story(key); id.isValid())
                stories.append(id);
        }
        value.stories = stories;
    }
    interview.id = InterviewId();
    return interview;
}

void BankImportRun::importRecords(const ImportDocument& document, const Keys& keys)
{
    using Entity = BankChange::Entity;
    using Kind = BankChange::Kind;

    QHash<QString, int> interviews = countKeys(m_stores.interviews.all(), &interviewKey);
    for (const Interview& imported : document.interviews) {
        bool lost = false;
        Interview interview = withBankIds(imported, keys, lost);
        // An earlier version exported interviews without a company; one is filled in now. The
        // row as it came is matched too, for a bank that took such a row before.
        const bool unnamed = interview.company.trimmed().isEmpty();
        const QString asItCame = interviewKey(interview);
        if (unnamed)
            interview.company = Text::tr("Unnamed company");
        if (alreadyThere(interviews, asItCame)
            || (unnamed && alreadyThere(interviews, interviewKey(interview))))
            continue; // nothing to warn about for what the bank already holds
        if (unnamed)
            warn(document, 0,
                Text::tr("An interview without a company was imported as “%1”.")
                    .arg(interview.company));
        if (lost)
            warn(document, 0,
                Text::tr("In the interview at %1, what named a question or story that was left "
                         "out was left out too.")
                    .arg(interview.company));
        refuseInvalid(document,
            QT_TRANSLATE_NOOP(
                "sb::BankImportRun", "%1: the interview at “%2” cannot be imported: %3"),
            interview.company, [&] { validate::interview(interview); });
        const InterviewId id = m_stores.interviews.insert(interview);
        ++m_summary.interviewsAdded;
        changed(Entity::Interview, Kind::Added, id.value);
    }

    QHash<QString, int> journal = countKeys(m_stores.journal.all(), &journalKey);
    for (JournalEntry entry : document.journal) {
        // An earlier version exported entries without a title; one is made from the first line
        // of what happened, as with the row as it came the bank may already hold.
        const bool untitled = entry.title.trimmed().isEmpty();
        const QString asItCame = journalKey(entry);
        if (untitled)
            entry.title = placeholderTitle(entry);
        if (alreadyThere(journal, asItCame)
            || (untitled && alreadyThere(journal, journalKey(entry))))
            continue;
        if (untitled)
            warn(document, 0,
                Text::tr("A journal entry without a title was imported as “%1”.").arg(entry.title));
        entry.id = JournalEntryId();
        entry.story = keys.stories.value(entry.story.value);
        refuseInvalid(document,
            QT_TRANSLATE_NOOP(
                "sb::BankImportRun", "%1: the journal entry “%2” cannot be imported: %3"),
            entry.title, [&] { validate::journalEntry(entry); });
        const JournalEntryId id = m_stores.journal.insert(entry);
        ++m_summary.journalAdded;
        changed(Entity::Journal, Kind::Added, id.value);
    }

    // The user's own default pitch is never replaced; a bank without one takes the file's.
    if (!document.defaultPitch.isEmpty() && m_stores.pitches.find(InterviewId()).isEmpty()) {
        m_stores.pitches.write(InterviewId(), document.defaultPitch);
        m_summary.defaultPitchAdded = true;
        changed(Entity::Pitch, Kind::Updated, 0);
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

void BankImportRun::refuseInvalid(const ImportDocument& document, const char* refusal,
    const QString& item, const std::function<void()>& check)
{
    try {
        check();
    } catch (const BankError& error) {
        throw ImportError(
            document.source, -1, Text::tr(refusal).arg(document.source, item, error.message()));
    }
}

} // namespace sb

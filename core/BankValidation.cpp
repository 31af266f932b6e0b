#include "core/BankValidation.h"

#include "core/BankError.h"

#include <QCoreApplication>

namespace sb::validate {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::validate)
};

[[noreturn]] void reject(const QString& message)
{
    throw BankError(BankError::Code::InvalidValue, message);
}

void requireRating(int value, const QString& field)
{
    if (value < 0 || value > 5)
        reject(Text::tr("%1 must be between 1 and 5 (or 0 for not rated), not %2.")
                   .arg(field)
                   .arg(value));
}

} // namespace

void category(const Category& category)
{
    if (category.name.trimmed().isEmpty())
        reject(Text::tr("A category needs a name."));
}

void tag(const Tag& tag)
{
    if (tag.name.trimmed().isEmpty())
        reject(Text::tr("A tag needs a name."));
}

void question(const Question& question)
{
    if (question.text.trimmed().isEmpty())
        reject(Text::tr("A question needs its text."));
}

void story(const Story& story)
{
    requireRating(story.impact, Text::tr("Impact"));
    requireRating(story.complexity, Text::tr("Complexity"));
    requireRating(story.involvement, Text::tr("Involvement"));
    requireRating(story.confidence, Text::tr("Confidence"));
}

void practiceRecord(const PracticeRecord& record)
{
    if (!record.story.isValid() && !record.question.isValid())
        reject(Text::tr("A practice record must name the story or the question practised."));
    if (record.rating < 1 || record.rating > 4)
        reject(Text::tr("A practice rating must be between 1 (again) and 4 (easy), not %1.")
                   .arg(record.rating));
    if (record.durationSeconds < 0)
        reject(Text::tr("A practice cannot last less than no time."));
    // Only a name in the bank's recordings folder: a path from an imported file must not point
    // playing (or a later tidy-up) at some other file of the user's.
    const QString& name = record.recording;
    if (name.contains(u'/') || name.contains(u'\\') || name == u"." || name == u"..")
        reject(Text::tr("A practice recording must be a file name in the bank's recordings "
                        "folder, not “%1”.")
                   .arg(name));
}

void interview(const Interview& interview, bool requireCompany)
{
    if (requireCompany && interview.company.trimmed().isEmpty())
        reject(Text::tr("An interview needs the company's name."));
    for (const CompanyValue& value : interview.values) {
        if (value.name.trimmed().isEmpty())
            reject(Text::tr("Each company value needs a name."));
    }
}

void journalEntry(const JournalEntry& entry, bool requireTitle)
{
    if (requireTitle && entry.title.trimmed().isEmpty())
        reject(Text::tr("A journal entry needs a title."));
    // An undated entry is allowed (an import may bring one); a period must run forwards.
    if (entry.date.isValid() && entry.endDate.isValid() && entry.endDate < entry.date)
        reject(Text::tr("A journal entry's period cannot end before it starts."));
    requireRating(entry.impact, Text::tr("Impact"));
    requireRating(entry.scope, Text::tr("Scope"));
    requireRating(entry.involvement, Text::tr("Involvement"));
}

} // namespace sb::validate

#include "app/cli/AddSteps.h"

#include "app/cli/Command.h"
#include "core/Bank.h"

#include <QCoreApplication>

// The two kinds `add` writes for the interviews issue: an interview and a journal entry.

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::AddCommand)
};

QString value(const QCommandLineParser& parser, const char* option)
{
    return parser.value(QLatin1String(option)).trimmed();
}

} // namespace

AddStep prepareInterview(const QCommandLineParser& parser)
{
    Interview interview;
    interview.company = value(parser, "company");
    interview.role = value(parser, "role");
    interview.stage = value(parser, "stage");
    const bool hasDate = parser.isSet(QStringLiteral("date"));
    if (parser.isSet(QStringLiteral("time")) && !hasDate)
        throw UsageError {Text::tr("--time needs --date: say which day too.")};
    if (hasDate) {
        // A day without a time is kept at midnight, the start of that day, where the time is
        // not yet known.
        const QDate day = parseDate(value(parser, "date"), QStringLiteral("--date"));
        const QTime time = parser.isSet(QStringLiteral("time"))
            ? parseTime(value(parser, "time"), QStringLiteral("--time"))
            : QTime(0, 0);
        interview.scheduled = QDateTime(day, time);
    }
    return [=](Bank& bank) { return bank.addInterview(interview).value; };
}

AddStep prepareJournalEntry(const QCommandLineParser& parser)
{
    JournalEntry entry;
    entry.title = value(parser, "title");
    entry.details = parser.value(QStringLiteral("text")).trimmed();
    entry.metrics = value(parser, "metrics");
    entry.date = parser.isSet(QStringLiteral("date"))
        ? parseDate(value(parser, "date"), QStringLiteral("--date"))
        : QDate::currentDate();
    if (parser.isSet(QStringLiteral("until"))) {
        entry.endDate = parseDate(value(parser, "until"), QStringLiteral("--until"));
        if (entry.endDate < entry.date)
            throw UsageError {Text::tr("--until must not be before the entry's first day.")};
        if (entry.endDate == entry.date)
            entry.endDate = QDate(); // one day is not a period
    }
    for (const QString& tag : parser.values(QStringLiteral("tag"))) {
        if (tag.trimmed().isEmpty())
            throw UsageError {Text::tr("--tag needs a name.")};
        if (!entry.tags.contains(tag.trimmed()))
            entry.tags << tag.trimmed();
    }
    return [=](Bank& bank) { return bank.addJournalEntry(entry).value; };
}

} // namespace sb::cli

#include "app/cli/ListInterviewsJournal.h"

#include "core/Bank.h"
#include "core/exchange/JsonFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::ListCommand)
};

using jsonfields::fromDate;
using jsonfields::fromDateTime;

template<typename IdT> QJsonValue idJson(IdT id)
{
    return id.isValid() ? QJsonValue(qint64(id.value)) : QJsonValue(QJsonValue::Null);
}

// Unset references are left out, as the JSON export leaves them out.
template<typename IdT> void putOptional(QJsonObject& object, const QString& key, IdT id)
{
    if (id.isValid())
        object.insert(key, qint64(id.value));
}

template<typename IdT> QJsonArray idsJson(const QList<IdT>& ids)
{
    QJsonArray array;
    for (const IdT id : ids)
        array.append(qint64(id.value));
    return array;
}

QJsonObject interviewJson(const Interview& i)
{
    QJsonArray plan;
    for (const PlannedStory& planned : i.plan) {
        QJsonObject row {{QStringLiteral("story"), idJson(planned.story)}};
        putOptional(row, QStringLiteral("question"), planned.question);
        plan.append(row);
    }
    QJsonArray told;
    for (const StoryTelling& telling : i.told) {
        QJsonObject row {{QStringLiteral("story"), idJson(telling.story)},
            {QStringLiteral("round"), telling.round},
            {QStringLiteral("interviewer"), telling.interviewer}};
        putOptional(row, QStringLiteral("question"), telling.question);
        told.append(row);
    }
    QJsonArray values;
    for (const CompanyValue& value : i.values)
        values.append(QJsonObject {{QStringLiteral("name"), value.name},
            {QStringLiteral("description"), value.description},
            {QStringLiteral("stories"), idsJson(value.stories)}});
    QJsonObject out {{QStringLiteral("id"), qint64(i.id.value)},
        {QStringLiteral("company"), i.company}, {QStringLiteral("role"), i.role},
        {QStringLiteral("level"), i.level},
        {QStringLiteral("scheduled"), fromDateTime(i.scheduled)},
        {QStringLiteral("stage"), i.stage}, {QStringLiteral("interviewers"), i.interviewers},
        {QStringLiteral("notes"), i.notes}, {QStringLiteral("questions"), idsJson(i.questions)},
        {QStringLiteral("plan"), plan}, {QStringLiteral("told"), told},
        {QStringLiteral("asks"), QJsonArray::fromStringList(i.asks)},
        {QStringLiteral("values"), values}, {QStringLiteral("created"), fromDateTime(i.created)},
        {QStringLiteral("updated"), fromDateTime(i.updated)}};
    // Without a pitch of its own the interview uses the bank's default: left out, as exported.
    if (!i.pitch.isEmpty())
        out.insert(QStringLiteral("pitch"),
            QJsonObject {{QStringLiteral("who"), i.pitch.who},
                {QStringLiteral("highlights"), i.pitch.highlights},
                {QStringLiteral("seeking"), i.pitch.seeking}});
    return out;
}

QJsonObject journalJson(const JournalEntry& e)
{
    QJsonObject out {{QStringLiteral("id"), qint64(e.id.value)},
        {QStringLiteral("date"), fromDate(e.date)}, {QStringLiteral("title"), e.title},
        {QStringLiteral("details"), e.details}, {QStringLiteral("metrics"), e.metrics},
        {QStringLiteral("feedback"), e.feedback},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("impact"), e.impact}, {QStringLiteral("scope"), e.scope},
        {QStringLiteral("involvement"), e.involvement}, {QStringLiteral("story"), idJson(e.story)},
        {QStringLiteral("created"), fromDateTime(e.created)},
        {QStringLiteral("updated"), fromDateTime(e.updated)}};
    if (e.endDate.isValid()) // a period, not a single day
        out.insert(QStringLiteral("end_date"), fromDate(e.endDate));
    return out;
}

// The local day and time, the same everywhere so scripts can read it; midnight, where no time
// was given, is left out.
QString whenText(const QDateTime& scheduled)
{
    if (!scheduled.isValid())
        return Text::tr("(no date)");
    const QDateTime local = scheduled.toLocalTime();
    return local.time() == QTime(0, 0) ? local.toString(QStringLiteral("yyyy-MM-dd"))
                                       : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString periodText(const JournalEntry& entry)
{
    const QString first = entry.date.toString(QStringLiteral("yyyy-MM-dd"));
    return entry.endDate.isValid()
        ? QStringLiteral("%1 – %2").arg(first, entry.endDate.toString(QStringLiteral("yyyy-MM-dd")))
        : first;
}

} // namespace

void listInterviews(const Bank& bank, const CommandContext& context, bool json)
{
    QJsonArray array;
    for (const Interview& interview : bank.interviews()) {
        if (json) {
            array.append(interviewJson(interview));
            continue;
        }
        QStringList what {interview.company, interview.role};
        what.removeAll(QString());
        if (!interview.stage.isEmpty())
            what << QStringLiteral("[%1]").arg(interview.stage);
        context.out << QStringLiteral("%1  %2  %3  (%4, %5)\n")
                           .arg(interview.id.value, 5)
                           .arg(whenText(interview.scheduled), -16)
                           .arg(what.join(QStringLiteral(" · ")),
                               Text::tr("%n question(s)", nullptr, int(interview.questions.size())),
                               Text::tr("%n planned", nullptr, int(interview.plan.size())));
    }
    if (json)
        context.printJson(array);
}

void listJournal(const Bank& bank, const CommandContext& context, bool json)
{
    QHash<StoryId, QString> storyTitles;
    for (const StorySummary& story : bank.storySummaries())
        storyTitles.insert(story.id, story.title);
    QJsonArray array;
    for (const JournalEntry& entry : bank.journal()) {
        if (json) {
            array.append(journalJson(entry));
            continue;
        }
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(entry.id.value, 5)
                           .arg(periodText(entry), -10)
                           .arg(entry.title);
        if (entry.story.isValid())
            line += QStringLiteral("  ")
                + Text::tr("→ story %1 “%2”")
                      .arg(entry.story.value)
                      .arg(storyTitles.value(entry.story));
        context.out << line << u'\n';
    }
    if (json)
        context.printJson(array);
}

} // namespace sb::cli

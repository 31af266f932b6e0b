#include "app/gui/interview/InterviewText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace sb::gui::interviewtext {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::InterviewText)
};

int group(const Interview& interview, QDate today)
{
    if (!interview.scheduled.isValid())
        return 1;
    return isPast(interview, today) ? 2 : 0;
}

} // namespace

QString title(const Interview& interview)
{
    const QString company = interview.company.simplified();
    const QString role = interview.role.simplified();
    if (company.isEmpty() && role.isEmpty())
        return Text::tr("New interview");
    if (role.isEmpty())
        return company;
    if (company.isEmpty())
        return role;
    return Text::tr("%1 — %2").arg(company, role);
}

QString shortDate(const QDateTime& when, QDate today)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    return locale.toString(when.date(),
        when.date().year() == today.year() ? QStringLiteral("ddd d MMM")
                                           : QStringLiteral("ddd d MMM yyyy"));
}

QString longDate(const QDateTime& when)
{
    if (!when.isValid())
        return Text::tr("No date yet");
    const QLocale locale;
    return Text::tr("%1, %2").arg(locale.toString(when.date(), QLocale::LongFormat),
        locale.toString(when.time(), QLocale::ShortFormat));
}

QString navigatorText(const Interview& interview, QDate today)
{
    // The date first, as in a diary: a narrow navigator cuts the end of a row, and the date is
    // what tells the rounds at one company apart.
    const QString date = shortDate(interview.scheduled, today);
    return date.isEmpty() ? title(interview) : Text::tr("%1 · %2").arg(date, title(interview));
}

QString toldBefore(const QList<EarlierTelling>& earlier, QDate today)
{
    QStringList sentences;
    for (const EarlierTelling& telling : earlier) {
        // When it was: the date, or the stage of an interview that had none.
        QString when = shortDate(telling.scheduled, today);
        if (when.isEmpty())
            when = telling.stage.isEmpty() ? Text::tr("no date") : telling.stage;
        const QString round = telling.round.trimmed();
        const QString who = telling.interviewer.trimmed();
        if (!who.isEmpty() && !round.isEmpty())
            sentences.append(Text::tr("Told to %1 in round %2 (%3)").arg(who, round, when));
        else if (!who.isEmpty())
            sentences.append(Text::tr("Told to %1 (%2)").arg(who, when));
        else if (!round.isEmpty())
            sentences.append(Text::tr("Told in round %1 (%2)").arg(round, when));
        else
            sentences.append(Text::tr("Told before (%1)").arg(when));
    }
    return sentences.join(QStringLiteral("; "));
}

bool isPast(const Interview& interview, QDate today)
{
    return interview.scheduled.isValid() && interview.scheduled.date() < today;
}

bool comesBefore(const Interview& a, const Interview& b, QDate today)
{
    const int groupA = group(a, today);
    const int groupB = group(b, today);
    if (groupA != groupB)
        return groupA < groupB;
    if (groupA == 0 && a.scheduled != b.scheduled)
        return a.scheduled < b.scheduled;
    if (groupA == 2 && a.scheduled != b.scheduled)
        return a.scheduled > b.scheduled;
    return a.id < b.id;
}

QList<Interview> upcomingFirst(QList<Interview> interviews, QDate today)
{
    std::stable_sort(interviews.begin(), interviews.end(),
        [today](const Interview& a, const Interview& b) { return comesBefore(a, b, today); });
    return interviews;
}

} // namespace sb::gui::interviewtext

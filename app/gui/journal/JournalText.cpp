#include "app/gui/journal/JournalText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace sb::gui::journaltext {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::JournalText)
};

QString day(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

QString when(const JournalEntry& entry)
{
    if (!entry.endDate.isValid() || entry.endDate == entry.date)
        return day(entry.date);
    return Text::tr("%1 – %2").arg(day(entry.date), day(entry.endDate));
}

QString ratings(const JournalEntry& entry)
{
    QStringList parts;
    if (entry.impact > 0)
        parts.append(Text::tr("impact %1").arg(entry.impact));
    if (entry.scope > 0)
        parts.append(Text::tr("scope %1").arg(entry.scope));
    if (entry.involvement > 0)
        parts.append(Text::tr("involvement %1").arg(entry.involvement));
    return parts.join(QStringLiteral(" · "));
}

} // namespace sb::gui::journaltext

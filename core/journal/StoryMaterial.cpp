#include "core/journal/StoryMaterial.h"

#include <QLocale>

#include <algorithm>

namespace sb::storymaterial {

namespace {

QString monthYear(QDate date)
{
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

QString periodOf(const JournalEntry& entry)
{
    if (!entry.date.isValid())
        return {};
    const QString start = monthYear(entry.date);
    if (!entry.endDate.isValid() || monthYear(entry.endDate) == start)
        return start;
    return start + QStringLiteral(" – ") + monthYear(entry.endDate);
}

QString joinedParagraphs(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace

int strength(const JournalEntry& entry)
{
    return entry.impact + entry.scope + entry.involvement;
}

QList<JournalEntry> candidates(const QList<JournalEntry>& journal)
{
    QList<JournalEntry> open;
    for (const JournalEntry& entry : journal) {
        if (!entry.story.isValid())
            open.append(entry);
    }
    std::stable_sort(open.begin(), open.end(), [](const JournalEntry& a, const JournalEntry& b) {
        if (strength(a) != strength(b))
            return strength(a) > strength(b);
        if (a.date != b.date)
            return a.date > b.date;
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    });
    return open;
}

Story draftStory(const JournalEntry& entry)
{
    Story story;
    story.title = entry.title.trimmed();
    story.method = StoryMethod::Star;
    story.status = StoryStatus::Draft;
    story.situation = entry.details.trimmed();
    story.result = joinedParagraphs({entry.metrics, entry.feedback});
    story.period = periodOf(entry);
    story.impact = entry.impact;
    story.involvement = entry.involvement;
    return story;
}

} // namespace sb::storymaterial

#include "core/exchange/MetadataLines.h"

#include "core/exchange/UniqueNames.h"

#include <QList>
#include <QRegularExpression>

#include <utility>

namespace sb {

namespace {

using Line = std::pair<QString, QString>; // folded key, value

QList<Line> keyValueLines(const QString& paragraph)
{
    QList<Line> lines;
    const QStringList raw = paragraph.split(QLatin1Char('\n'));
    for (const QString& text : raw) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return {};
        lines.append({text.left(colon).trimmed().toCaseFolded(), text.mid(colon + 1).trimmed()});
    }
    return lines;
}

bool allKeysIn(const QString& paragraph, const QStringList& keys)
{
    const QList<Line> lines = keyValueLines(paragraph);
    if (lines.isEmpty())
        return false;
    for (const auto& [key, value] : lines) {
        if (!keys.contains(key))
            return false;
    }
    return true;
}

const QStringList& storyKeys()
{
    static const QStringList keys {QStringLiteral("hook"), QStringLiteral("method"),
        QStringLiteral("status"), QStringLiteral("role"), QStringLiteral("organization"),
        QStringLiteral("organisation"), QStringLiteral("when"), QStringLiteral("ratings"),
        QStringLiteral("tags"), QStringLiteral("categories")};
    return keys;
}

const QStringList& questionKeys()
{
    static const QStringList keys {QStringLiteral("kind"), QStringLiteral("categories")};
    return keys;
}

void applyRatings(const QString& value, Story& story)
{
    static const QRegularExpression pair(QStringLiteral("([A-Za-z]+)\\s*:?\\s*(\\d)"));
    auto it = pair.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).toCaseFolded();
        const int rating = m.captured(2).toInt();
        if (rating < 1 || rating > 5)
            continue;
        if (name == QLatin1String("impact"))
            story.impact = rating;
        else if (name == QLatin1String("complexity"))
            story.complexity = rating;
        else if (name == QLatin1String("involvement"))
            story.involvement = rating;
        else if (name == QLatin1String("confidence"))
            story.confidence = rating;
    }
}

} // namespace

QStringList MetadataLines::commaList(const QString& value)
{
    // Names are separated by commas; a name holding a comma is written in double quotes, a
    // quote inside doubled (as the exporter writes it, and as in CSV).
    QStringList names;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < value.size() && value.at(i + 1) == u'"') {
                current += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"' && current.trimmed().isEmpty()) {
            current.clear();
            quoted = true;
        } else if (c == u',') {
            names.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    names.append(current);
    return UniqueNames(names).names();
}

bool MetadataLines::startsStoryMetadata(const QString& paragraph)
{
    const QString first = paragraph.section(QLatin1Char('\n'), 0, 0);
    const qsizetype colon = first.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString key = first.left(colon).trimmed().toCaseFolded();
    return (key == QLatin1String("hook") || key == QLatin1String("method")
               || key == QLatin1String("status"))
        && isStoryMetadata(paragraph);
}

bool MetadataLines::isStoryMetadata(const QString& paragraph)
{
    return allKeysIn(paragraph, storyKeys());
}

bool MetadataLines::isQuestionMetadata(const QString& paragraph)
{
    return allKeysIn(paragraph, questionKeys());
}

MetadataLines::StoryFields MetadataLines::applyToStory(const QString& paragraph, Story& story)
{
    StoryFields fields;
    for (const auto& [key, value] : keyValueLines(paragraph)) {
        if (key == QLatin1String("hook")) {
            story.summary = value;
        } else if (key == QLatin1String("method")) {
            if (const auto method = storyMethodFromKey(value)) {
                story.method = *method;
                fields.methodGiven = true;
            }
        } else if (key == QLatin1String("status")) {
            if (const auto status = storyStatusFromKey(value))
                story.status = *status;
        } else if (key == QLatin1String("role")) {
            story.role = value;
        } else if (key == QLatin1String("organization") || key == QLatin1String("organisation")) {
            story.organization = value;
        } else if (key == QLatin1String("when")) {
            story.period = value;
        } else if (key == QLatin1String("ratings")) {
            applyRatings(value, story);
        } else if (key == QLatin1String("tags")) {
            fields.tags += commaList(value);
        } else if (key == QLatin1String("categories")) {
            fields.categories += commaList(value);
        }
    }
    return fields;
}

QStringList MetadataLines::applyToQuestion(const QString& paragraph, Question& question)
{
    QStringList categories;
    for (const auto& [key, value] : keyValueLines(paragraph)) {
        if (key == QLatin1String("kind")) {
            if (const auto kind = questionKindFromKey(value))
                question.kind = *kind;
        } else if (key == QLatin1String("categories")) {
            categories += commaList(value);
        }
    }
    return categories;
}

} // namespace sb

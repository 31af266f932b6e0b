#include "core/model/Pitch.h"

#include <QStringList>

namespace sb {

QString Pitch::text() const
{
    QStringList paragraphs;
    for (const QString& part : {who, highlights, seeking}) {
        if (!part.trimmed().isEmpty())
            paragraphs.append(part.trimmed());
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

Pitch Pitch::filledFrom(const Pitch& fallback) const
{
    const auto part = [](const QString& own, const QString& other) {
        return own.trimmed().isEmpty() ? other : own;
    };
    return {part(who, fallback.who), part(highlights, fallback.highlights),
        part(seeking, fallback.seeking)};
}

} // namespace sb

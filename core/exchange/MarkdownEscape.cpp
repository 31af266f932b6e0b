#include "core/exchange/MarkdownEscape.h"

#include <QRegularExpression>

namespace sb {

namespace {

// Markup wherever it stands. "~" is in the list because md4c's strikethrough extension would
// take "~x~" as markup, and "\~" is a valid escape whatever the importer's flags.
bool isInlineSpecial(QChar c)
{
    static const QString specials = QStringLiteral("\\`*_[]<>#|~");
    return specials.contains(c);
}

// Markup only at the start of a line: list bullets, and "=" which after a paragraph line makes
// a setext heading underline ("-" does the same, and is a bullet anyway).
bool isLineStartSpecial(QChar c)
{
    return c == u'-' || c == u'+' || c == u'=';
}

// "&amp;" or "&#169;" would come back as the character it names, not as typed.
bool startsEntity(const QString& line, qsizetype at)
{
    static const QRegularExpression entity(QStringLiteral("&#?[A-Za-z0-9]+;"));
    return entity
        .match(line, at, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// The "." or ")" of an ordered list marker ("1." "12)") when the line begins with one.
qsizetype orderedMarkerPunctuation(const QString& line)
{
    qsizetype digits = 0;
    while (digits < line.size() && line.at(digits).isDigit() && line.at(digits).unicode() < 128)
        ++digits;
    // md4c takes up to nine digits as an ordered list number.
    if (digits == 0 || digits > 9 || digits >= line.size())
        return -1;
    const QChar after = line.at(digits);
    return after == u'.' || after == u')' ? digits : -1;
}

QStringList textLines(const QString& text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(u'\r', u'\n');
    return unified.split(u'\n');
}

} // namespace

QString MarkdownEscape::singleLine(const QString& text)
{
    return escapeLine(textLines(text).join(u' ').trimmed());
}

QStringList MarkdownEscape::paragraphs(const QString& text)
{
    QStringList out;
    for (const QString& line : textLines(text)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!out.isEmpty() && !out.constLast().isEmpty())
                out.append(QString());
            continue;
        }
        out.append(escapeLine(trimmed));
    }
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

QString MarkdownEscape::escapeLine(const QString& line)
{
    const qsizetype markerAt = orderedMarkerPunctuation(line);
    QString out;
    out.reserve(line.size() + line.size() / 8 + 2);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (isInlineSpecial(c) || (i == 0 && isLineStartSpecial(c)) || i == markerAt
            || (c == u'&' && startsEntity(line, i)))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace sb

#include "core/sheet/KeyFigure.h"

#include <QRegularExpression>

#include <array>

namespace sb {

namespace {

// Letters of scripts written with spaces between words, and digits: a number touching one of
// these is part of a word ("Q3", "B2B", "v2"), not a figure. Chinese and Japanese letters are
// left out, as those scripts write a figure right against its words ("增长40%").
const char* const kWordChar = "[\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{N}_]";
// A number not glued to a word, nor to a decimal point, range or date before it.
const char* const kNumber =
    "(?<![\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{N}_.,/:#-])\\d+(?:[.,]\\d+)*";

// source with {num} standing for a number and {end} for "no word goes on from here".
QRegularExpression pattern(const char* source)
{
    QString text = QString::fromUtf8(source);
    text.replace(QStringLiteral("{num}"), QString::fromLatin1(kNumber));
    text.replace(
        QStringLiteral("{end}"), QStringLiteral("(?!%1)").arg(QString::fromLatin1(kWordChar)));
    return QRegularExpression(text,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// In order of preference: the first kind that matches anywhere in the text wins.
const std::array<QRegularExpression, 4>& patterns()
{
    static const std::array<QRegularExpression, 4> all {
        // Money: a currency sign before the amount, or a sign or code after it; an optional
        // scale ("k", "M", "bn", "million").
        pattern("(?:US\\$|[$€£¥])\\s?\\d+(?:[.,]\\d+)*"
                "(?:\\s?(?:thousand|million|billion)\\b|(?:k|m|mn|bn|b){end}|{end})"
                "|{num}\\s?(?:k|m|mn|bn)?\\s?(?:[$€£¥]|(?:usd|eur|gbp|dollars|euros|pounds)\\b)"),
        // Percent, a range of percents too ("30-40%").
        pattern("{num}(?:\\s?[-–]\\s?\\d+(?:[.,]\\d+)*)?\\s?(?:%|percent\\b|per cent\\b)"),
        // Multiplier: "3x" with the x right against the number ("3 x 4" is a size), "10 ×",
        // "2-fold", "3倍".
        pattern("{num}(?:x|\\s?[×倍]|[- ]?fold){end}"),
        // A number and the word it counts. Not a year, and not a small word or a lone letter
        // that cannot be a unit ("3 of 5 teams" gives "5 teams", "3 x 4 grid" gives "4 grid").
        pattern("(?!(?:19|20)\\d\\d(?!\\d)){num}(?:[ \\t\\x{00A0}]+|-)"
                "(?!(?:a|an|and|as|at|by|for|from|in|of|on|or|than|the|to|with)\\b)\\p{L}{2,}"),
    };
    return all;
}

} // namespace

QString KeyFigure::find(const QString& text)
{
    for (const QRegularExpression& expression : patterns()) {
        const QRegularExpressionMatch match = expression.match(text);
        if (match.hasMatch())
            return match.captured().trimmed();
    }
    return {};
}

} // namespace sb

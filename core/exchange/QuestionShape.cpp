#include "core/exchange/QuestionShape.h"

#include <QRegularExpression>

namespace sb {

namespace {

const QStringList& openers()
{
    static const QStringList list = [] {
        const char* words[] = {"tell me", "tell us", "describe", "give me", "give us",
            "give an example", "what", "what's", "how", "why", "when", "where", "which", "who",
            "have you", "has there", "had you", "can you", "could you", "would you", "will you",
            "do you", "did you", "are you", "were you", "walk me through", "walk us through",
            "talk me through", "talk about", "talk us through", "share", "explain", "imagine",
            "suppose", "if you"};
        QStringList result;
        for (const char* word : words)
            result.append(QString::fromLatin1(word));
        return result;
    }();
    return list;
}

bool startsWithWord(const QString& text, const QString& word)
{
    if (!text.startsWith(word, Qt::CaseInsensitive))
        return false;
    return text.size() == word.size() || !text.at(word.size()).isLetterOrNumber();
}

} // namespace

QString QuestionShape::cleaned(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}[.)]\\s+"));
    static const QRegularExpression qPrefix(
        QStringLiteral("^Q\\d{0,3}\\s*[:.)]\\s*"), QRegularExpression::CaseInsensitiveOption);
    QString result = text.simplified();
    result.remove(number);
    result.remove(qPrefix);
    const auto enclosedBy = [&result](QChar open, QChar close) {
        return result.size() >= 2 && result.startsWith(open) && result.endsWith(close);
    };
    if (enclosedBy(QLatin1Char('"'), QLatin1Char('"')) || enclosedBy(QChar(0x201C), QChar(0x201D))
        || enclosedBy(QChar(0x2018), QChar(0x2019))) {
        result = result.mid(1, result.size() - 2).trimmed();
    }
    return result;
}

bool QuestionShape::readsLikeQuestion(const QString& text)
{
    const QString line = cleaned(text);
    if (line.isEmpty() || line.contains(QLatin1Char('\n')))
        return false;
    if (line.endsWith(QLatin1Char('?')))
        return true;
    if (line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 4)
        return false;
    for (const QString& opener : openers()) {
        if (startsWithWord(line, opener))
            return true;
    }
    return false;
}

QStringList QuestionShape::phrasings(const QString& text)
{
    QStringList result;
    const QStringList parts = text.split(QStringLiteral(" / "));
    for (const QString& part : parts) {
        const QString phrasing = part.trimmed();
        if (!phrasing.isEmpty())
            result.append(phrasing);
    }
    return result;
}

QString QuestionShape::categoryName(const QString& heading)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}[.)]\\s+"));
    static const QRegularExpression questionsWord(
        QStringLiteral("(^|\\s+)questions?$"), QRegularExpression::CaseInsensitiveOption);
    QString name = heading.simplified();
    name.remove(number);
    while (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    name = name.trimmed();
    name.remove(questionsWord);
    // "Leadership & Questions" style leftovers.
    while (!name.isEmpty()
        && (name.endsWith(QLatin1Char('&')) || name.endsWith(QLatin1Char('-'))
            || name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char(' ')))) {
        name.chop(1);
    }
    return name.trimmed();
}

bool QuestionShape::isHypotheticalCategory(const QString& category)
{
    return category.contains(QLatin1String("hypothetical"), Qt::CaseInsensitive);
}

} // namespace sb

#include "core/store/SearchQuery.h"

#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Punctuation people type around or inside ordinary words (quotes, brackets, apostrophes,
// hyphens, sentence marks). The word index ignores it, and so may we: "quoted", (note),
// wasn't / wasn’t and follow-up all find the words they contain.
bool isIgnorablePunctuation(QChar c)
{
    static const QString marks = QStringLiteral("\"'`“”„‘’‚«»‹›()[]{}.,;:!?-‐‑–—");
    return marks.contains(c);
}

bool isPlain(QChar c)
{
    return isWordCharacter(c) || isIgnorablePunctuation(c);
}

QString withoutEdgePunctuation(const QString& word)
{
    qsizetype from = 0;
    qsizetype to = word.size();
    while (from < to && isIgnorablePunctuation(word.at(from)))
        ++from;
    while (to > from && isIgnorablePunctuation(word.at(to - 1)))
        --to;
    return word.mid(from, to - from);
}

// Scripts written without spaces between words: the unicode61 tokenizer keeps a whole run
// as one token, so a word inside it can only be found as literal text.
bool isUnspacedScript(const QString& word)
{
    for (const uint codePoint : word.toUcs4()) {
        switch (QChar::script(codePoint)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Thai:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery query;
    QStringList terms;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString& word : text.split(whitespace, Qt::SkipEmptyParts).mid(0, kMaxWords)) {
        const bool hasWordCharacter = std::any_of(word.cbegin(), word.cend(), isWordCharacter);
        if (!hasWordCharacter || isUnspacedScript(word)) {
            const QString literal = withoutEdgePunctuation(word);
            query.literals.append(literal.isEmpty() ? word : literal);
            continue;
        }
        QString quoted = word;
        quoted.replace(u'"', QLatin1String("\"\""));
        terms.append(u'"' + quoted + QLatin1String("\"*"));
        query.words.append(withoutEdgePunctuation(word));
        // Symbols such as + # % & / _ matter to the person typing them ("c++", "c#", "99.9%").
        if (!std::all_of(word.cbegin(), word.cend(), isPlain))
            query.literals.append(withoutEdgePunctuation(word));
    }
    query.match = terms.join(u' ');
    return query;
}

bool SearchQuery::literalsIn(const QString& text) const
{
    return std::all_of(literals.cbegin(), literals.cend(),
        [&](const QString& literal) { return text.contains(literal, Qt::CaseInsensitive); });
}

} // namespace sb

#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// What a user typed into a search box, split into what the FTS5 word index can answer and
// what must be checked as literal text.
struct SearchQuery {
    // An FTS5 MATCH expression: every plain word as a quoted prefix term, so nothing typed can
    // act as FTS5 syntax. Empty when no word in the text can use the index.
    QString match;
    // Words to find as they are, case-insensitively: words with symbols ("c++", "99.9%"),
    // which the word index splits apart, words with no letter or digit at all ("%", "_"), and
    // Chinese, Japanese or Korean words, which it cannot split out of a run of text.
    QStringList literals;
    // The words in match, as typed (without the quoting), for snippets made outside FTS5.
    QStringList words;

    // Only the first words typed count. Every word narrows the matches, so more than this adds
    // nothing a person can see, while a page pasted into the box (thousands of words) would
    // keep FTS5 busy for minutes.
    static constexpr qsizetype kMaxWords = 16;

    static SearchQuery parse(const QString& text);
    bool isEmpty() const { return match.isEmpty() && literals.isEmpty(); }
    // True when every literal occurs in text.
    bool literalsIn(const QString& text) const;
};

} // namespace sb

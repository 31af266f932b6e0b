#pragma once

#include <QString>

#include <cstdint>

namespace sb {

// One search result: a story or a question, with the matched words marked in the snippet.
struct SearchHit {
    enum class Kind { Story, Question };
    static constexpr QChar MatchStart {u'\u0002'};
    static constexpr QChar MatchEnd {u'\u0003'};

    Kind kind;
    int64_t id = 0;
    QString title; // a story's title or a question's text
    // Matched words are wrapped in MatchStart/MatchEnd, characters that cannot occur in typed
    // text, so each front end can mark them its own way after escaping the rest.
    QString snippet;
    double score = 0; // lower is better (SQLite's bm25)
};

// Where words are looked for: anywhere, or only in the headline (a story's title, hook and
// tags; a question's own text), which says more about what a row is about.
enum class SearchScope { Anywhere, Headline };

} // namespace sb

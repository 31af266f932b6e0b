#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// How interview notes write questions and the headings above them.
class QuestionShape {
public:
    // Strips what surrounds a question in notes: a leading number ("7. ", "3) "), a "Q:"/"Q3:"
    // prefix and enclosing quotes ("…", “…”).
    static QString cleaned(const QString& text);

    // A line reads like a question when it ends with "?", or when it has at least four words
    // and starts with a question opener: tell me/us, describe, give me/us/an example, what,
    // how, why, when, where, which, who, have/has/had you, can/could/would/will you, do/did/are
    // you, walk me/us through, talk (me) about/through, share, explain, imagine, suppose.
    // Four words keeps short headings such as "How I work" or "What I bring" out; "Why this
    // company" is a question only with its "?".
    static bool readsLikeQuestion(const QString& text);

    // "A / B / C" -> {"A", "B", "C"}: phrasings of one question separated by " / ".
    static QStringList phrasings(const QString& text);

    // The category a heading names: emphasis is already gone; a leading number, a trailing ":"
    // and a trailing "Questions"/"Question" word are dropped ("Results-Oriented Questions" ->
    // "Results-Oriented"). Empty when nothing is left ("Questions").
    static QString categoryName(const QString& heading);

    // A category whose name says hypothetical holds hypothetical questions.
    static bool isHypotheticalCategory(const QString& category);
};

} // namespace sb

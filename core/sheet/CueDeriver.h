#pragma once

#include "core/model/Story.h"

#include <QString>
#include <QStringList>

namespace sb {

// Short recall cues made from a story's sections, for a story the user gave no cues of its own.
class CueDeriver {
public:
    static constexpr int kMaxCues = 4;
    // A cue is cut after this many words…
    static constexpr int kMaxWords = 8;
    // …or, in a script written without spaces (Chinese, Japanese, Thai), after this many
    // characters, about as much to read as eight words.
    static constexpr int kMaxUnspacedCharacters = 16;

    // One cue per non-empty section in the order the story's method tells them: the setting
    // (situation and task, or the CARL context: one cue, from whichever comes first), action,
    // result and, where the method has it, learning. Never more than kMaxCues.
    static QStringList derive(const Story& story);

    // The first sentence of text with its whitespace normalized: up to the first full stop,
    // question or exclamation mark that ends a sentence, or the first line break.
    static QString firstSentence(const QString& text);

    // sentence cut to kMaxWords words (or kMaxUnspacedCharacters characters) with "…" where
    // something was cut; a closing full stop is dropped, a cue is not a sentence.
    static QString shorten(const QString& sentence);
};

} // namespace sb

#pragma once

#include <QString>

namespace sb {

// The form two phrasings of a question are compared in, so that "Tell me about a time you
// failed." and "tell me about a time  you failed?" are one question: case folded, runs of
// whitespace made one space, and trailing punctuation and spaces dropped.
QString normalisedQuestionText(const QString& text);

} // namespace sb

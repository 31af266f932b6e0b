#pragma once

#include "core/exchange/ImportDocument.h"

#include <QList>

namespace sb {

// What an import added to the bank, and what it found there already and reused. A dry run
// reports the same figures without keeping anything.
struct ImportSummary {
    int questionsAdded = 0;
    int questionsReused = 0; // same normalised text as a question in the bank (or earlier in it)
    int storiesAdded = 0;
    int storiesReused = 0; // same title as a story in the bank
    int linksAdded = 0;
    int categoriesAdded = 0;
    int tagsAdded = 0;
    int interviewsAdded = 0;
    int journalAdded = 0;
    int practiceAdded = 0;
    bool defaultPitchAdded = false; // the bank had none and took the file's
    QList<ImportWarning> warnings;

    friend bool operator==(const ImportSummary&, const ImportSummary&) = default;
};

} // namespace sb

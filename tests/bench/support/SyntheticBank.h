#pragma once

#include "core/exchange/ImportDocument.h"

#include <QString>

#include <cstdint>

namespace sb::bench {

// The shape of a generated bank. The defaults are the issue's: 2 questions per story, 50 tags,
// 20 categories, 3 links per story, sections of 80–250 words.
struct SyntheticBankShape {
    int stories = 1000;
    int questions = 2000;
    int tags = 50;
    int categories = 20;
    int linksPerStory = 3;
    uint64_t seed = 1;

    static SyntheticBankShape withStories(int stories, uint64_t seed = 1)
    {
        SyntheticBankShape shape;
        shape.stories = stories;
        shape.questions = 2 * stories;
        shape.seed = seed;
        return shape;
    }
};

// A realistic bank, the same for the same shape: stories in all three methods and statuses,
// with hooks, cues, tags and categories; questions with variants in every category; links with
// angles. As an ImportDocument, so it goes into a bank in one transaction.
class SyntheticBank {
public:
    static ImportDocument document(const SyntheticBankShape& shape);
    // Creates a bank file at path (no starter catalog) holding document(shape).
    static void write(const QString& path, const SyntheticBankShape& shape);
};

} // namespace sb::bench

#pragma once

#include "core/model/Id.h"

#include <QList>
#include <QStringList>

namespace sb {

class Bank;

// A story that probably answers a question, with why, so linking it is one click.
struct Suggestion {
    StoryId story;
    double score = 0;
    QStringList reasons; // translated, one per kind of evidence
};

// Weights: a story in one of the question's categories is the strongest hint; a word of the
// question found in the story's text is next; sharing tags with the stories that already
// answer those categories is a weak hint on its own but separates otherwise equal stories.
inline constexpr double kSharedCategoryWeight = 3;
inline constexpr double kSearchHitWeight = 2;
inline constexpr double kSharedTagWeight = 1;

// The stories most likely to answer question, best first (ties by id), at most limit of
// them; stories already linked to it are left out, and so are stories with no evidence.
// A story "is in" a category when it is filed there or answers another question of it.
QList<Suggestion> suggestStories(const Bank& bank, QuestionId question, int limit = 10);

// The words of a question worth searching for: lower case, stop words and words shorter than
// three letters dropped, each once, in order.
QStringList meaningfulWords(const QString& text);

} // namespace sb

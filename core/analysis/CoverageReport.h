#pragma once

#include "core/model/Id.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sb {

// How well a story covers a category: the best of its direct filing and its links.
enum class Strength { None, Partial, Strong };

// What the coverage analysis treats as too little or too much. The defaults are the usual
// coaching advice: two strong stories per theme, and no story answering 40% of everything.
struct CoverageOptions {
    int minStrong = 2; // a category with fewer strong stories is thin
    // A story linked to at least this share of the questions that have any link is overused.
    double overuseShare = 0.4;
    // Below this many linked questions every share is large: a new bank with one story and
    // one link would otherwise be told that story is overused.
    int minLinkedQuestions = 3;
    int maxAlternatives = 5; // stories suggested to take over from an overused one
};

// One row of the coverage table. strong and partial count stories (each story once, at its
// best strength); questions counts the category's questions, unanswered those among them
// with neither a linked story nor a prepared answer (notes).
struct CategoryCoverage {
    CategoryId category;
    QString name;
    int strong = 0;
    int partial = 0;
    int questions = 0;
    int unanswered = 0;
};

// A question the analysis points at, with its text so a front end needs no further read.
struct QuestionGap {
    QuestionId question;
    QString text;
    StoryId story; // for a question answered by one story only: that story; else invalid
};

// A story carrying too large a share of the linked questions, and stories that could take
// some of them over (sharing its tags or categories, most shared first).
struct OverusedStory {
    StoryId story;
    QString title;
    int questions = 0; // questions it is linked to
    double share = 0; // questions / all questions with at least one link
    QList<StoryId> couldShareWith;
};

// A category with at least two questions whose only strong story is this one: losing or
// retelling that story leaves the category bare.
struct LeaningCategory {
    CategoryId category;
    QString name;
    StoryId story;
    QString title; // the story's
    QList<StoryId> couldShareWith; // partial stories of the category first, then similar ones
};

// Everything Coverage computes, as plain values.
struct CoverageReport {
    QList<CategoryCoverage> categories; // in the bank's category order
    // Sparse matrix: only cells that are not Strength::None are stored.
    QHash<CategoryId, QHash<StoryId, Strength>> matrix;

    // Fewer than minStrong strong stories, leaving out categories whose questions are all of
    // kinds answered with notes rather than stories (about you, role fit, hypothetical, to ask).
    QList<CategoryId> thinCategories;
    QList<QuestionGap> unansweredQuestions; // no story and no notes
    QList<QuestionGap> singleStoryQuestions; // exactly one linked story
    QList<OverusedStory> overusedStories; // largest share first
    QList<LeaningCategory> leaningCategories;

    Strength strength(StoryId story, CategoryId category) const
    {
        return matrix.value(category).value(story, Strength::None);
    }
};

} // namespace sb

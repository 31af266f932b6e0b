#pragma once

#include "core/model/Id.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// What the user asks a cheat sheet to hold. With no categories and no tags chosen, the sheet
// covers every category that has a chosen story.
struct SheetRequest {
    QString title; // the header; empty: the interview's company, else the bank's name
    QString subtitle; // empty: the interview's company · role · date, when known
    bool readyOnly = true; // only stories marked "ready"
    QList<CategoryId> categories; // only these categories, in this order
    QList<TagId> tags; // only stories carrying at least one of these
    std::optional<InterviewId> interview; // the sheet for this interview (SheetComposer.h)
    int storiesPerCategory = 3; // 1 to 3
    bool repeatStories = false; // may a story stand under more than one category?
    bool includePitch = true; // the prepared "Tell me about yourself"
    bool includePreparedAnswers = true; // answers of questions not told with a story
    bool includeQuestionsToAsk = true;
};

// One story as the sheet shows it: enough to recall the whole story from.
struct SheetStory {
    StoryId id;
    QString title;
    QString hook; // the story's one-line summary
    QStringList cues; // the story's own cues, or cues derived from its sections
    bool cuesDerived = false; // true when the story had no cues of its own
    QString keyFigure; // the result's headline number ("40%", "$1.2M", "3x"), when it has one

    friend bool operator==(const SheetStory&, const SheetStory&) = default;
};

struct SheetCategory {
    CategoryId id;
    QString name;
    QString colour; // "#rrggbb" or empty
    QList<SheetStory> stories; // best first

    friend bool operator==(const SheetCategory&, const SheetCategory&) = default;
};

struct SheetAnswer {
    QString question;
    QString answer;

    friend bool operator==(const SheetAnswer&, const SheetAnswer&) = default;
};

// A composed cheat sheet: what goes on the page, before any layout. Renderers and the page fit
// work from this alone.
struct CheatSheet {
    QString title;
    QString subtitle;
    QList<SheetCategory> categories;
    QString pitch; // empty: no pitch block
    QList<SheetAnswer> preparedAnswers;
    QStringList questionsToAsk;

    bool isEmpty() const
    {
        return categories.isEmpty() && pitch.isEmpty() && preparedAnswers.isEmpty()
            && questionsToAsk.isEmpty();
    }

    friend bool operator==(const CheatSheet&, const CheatSheet&) = default;
};

} // namespace sb

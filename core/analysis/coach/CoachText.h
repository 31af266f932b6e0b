#pragma once

#include "core/analysis/CoachFinding.h"
#include "core/model/Story.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Helpers the coaching rules share: translation, word scanning and building findings.
namespace sb::coach {

// The rules' messages, under the coach's translation context (lupdate files them in it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::StoryCoach)
};

// A run of letters or digits; an apostrophe ends it, so "we're" starts with the word "we".
struct WordSpan {
    int start = 0;
    int length = 0;
};
QList<WordSpan> wordSpans(const QString& text);

// Words of the sections the story's method shows: what the teller will actually say.
int spokenWords(const Story& story);

CoachFinding wholeStory(const QString& rule, const QString& message, const QString& explanation);
// About a section as a whole: it starts at 0 and covers all its text (none when empty).
CoachFinding wholeSection(const Story& story, StorySection section, const QString& rule,
    const QString& message, const QString& explanation);
CoachFinding atPlace(StorySection section, int start, int length, const QString& rule,
    const QString& message, const QString& explanation);

} // namespace sb::coach

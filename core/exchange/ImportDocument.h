#pragma once

#include "core/model/Category.h"
#include "core/model/Interview.h"
#include "core/model/JournalEntry.h"
#include "core/model/Pitch.h"
#include "core/model/PracticeRecord.h"
#include "core/model/Question.h"
#include "core/model/Story.h"
#include "core/model/StoryQuestionLink.h"
#include "core/model/Tag.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// Something an import noticed but could still make sense of (or chose to leave out), with where
// it stood so the user can find it in their own file.
struct ImportWarning {
    QString source; // the file name as the user knows it
    int line = 0; // 1-based; 0 when not tied to a line
    QString message;

    friend bool operator==(const ImportWarning&, const ImportWarning&) = default;
};

// A question as a file brings it. question.id is a key local to the document (1, 2, …) that
// links refer to; question.categories is unused: categories are named in categoryNames.
struct ImportedQuestion {
    Question question;
    QStringList categoryNames; // created when new, matched case-insensitively
    int line = 0; // where it stands in its file, for the preview

    friend bool operator==(const ImportedQuestion&, const ImportedQuestion&) = default;
};

// A story as a file brings it. story.id is a document-local key; story.tags and
// story.categories are unused: they are named in tagNames and categoryNames. In links, story is
// this story's key and question the document-local key of an ImportedQuestion.
struct ImportedStory {
    Story story;
    QStringList tagNames;
    QStringList categoryNames;
    QList<StoryQuestionLink> links;
    QStringList dismissedCoachRules; // coach findings the user set aside, by rule id
    // Only a title is known (a reference such as "STORY: Search engine"): a story of that title
    // in the bank is used as it is; otherwise a draft with that title is made.
    bool reference = false;
    int line = 0;

    friend bool operator==(const ImportedStory&, const ImportedStory&) = default;
};

// Everything one import brings, before it meets the bank: names instead of the bank's ids,
// document-local keys for what refers to what. Both the Markdown and the JSON reader produce
// one; Bank::importDocuments() applies it.
//
// In interviews, journal and practice, every id (the row's own and the story or question it
// refers to) is a document-local key too: journal[i].story and practice[i].story name an
// ImportedStory's key, practice[i].question an ImportedQuestion's key, and so do the
// questions, planned and told stories and value stories of interviews[i].
struct ImportDocument {
    QString source; // the file it came from, as the user knows it
    QList<Category> categories; // description, colour and position kept; ids unused
    QList<Tag> tags;
    QList<ImportedQuestion> questions;
    QList<ImportedStory> stories;
    QList<Interview> interviews;
    QList<JournalEntry> journal;
    QList<PracticeRecord> practice;
    // The bank's "Tell me about yourself"; empty when the file brings none. It is taken only
    // by a bank without one: an import never replaces what the user wrote.
    Pitch defaultPitch;
    QList<ImportWarning> warnings;

    friend bool operator==(const ImportDocument&, const ImportDocument&) = default;
};

} // namespace sb

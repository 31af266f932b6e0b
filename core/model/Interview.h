#pragma once

#include "core/model/Id.h"
#include "core/model/Pitch.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// A story the candidate means to tell for one of the questions expected at an interview.
struct PlannedStory {
    QuestionId question;
    StoryId story;

    friend bool operator==(const PlannedStory&, const PlannedStory&) = default;
};

// A story that was told at an interview: in which round, to whom, for which question (if
// known). Later rounds at the same company read these (the repeat guard, RepeatGuard.h).
struct StoryTelling {
    StoryId story;
    QuestionId question; // invalid when not noted
    QString round;
    QString interviewer;

    friend bool operator==(const StoryTelling&, const StoryTelling&) = default;
};

// One of the company's stated values or principles, with the stories that show it.
struct CompanyValue {
    QString name;
    QString description;
    QList<StoryId> stories;

    friend bool operator==(const CompanyValue&, const CompanyValue&) = default;
};

// A concrete interview being prepared for, with everything planned for it. The Bank reads and
// writes it whole: the row and its lists in one transaction.
struct Interview {
    InterviewId id;
    QString company;
    QString role;
    QString level;
    QDateTime scheduled; // invalid when not yet known
    QString stage; // screen, loop, final, …
    QString interviewers;
    QString notes; // research: values, lingo, the job description
    QList<QuestionId> questions; // expected, in the order they are prepared
    QList<PlannedStory> plan; // stories planned per expected question
    QList<StoryTelling> told;
    QStringList asks; // questions to ask the interviewer
    QList<CompanyValue> values;
    Pitch pitch; // this interview's variant; empty: the bank's default pitch
    QDateTime created;
    QDateTime updated;

    friend bool operator==(const Interview&, const Interview&) = default;
};

} // namespace sb

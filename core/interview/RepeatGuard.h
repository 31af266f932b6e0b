#pragma once

#include "core/model/Interview.h"

#include <QHash>
#include <QList>

namespace sb {

// Where a story was told before, as a later round at the same company sees it.
struct EarlierTelling {
    InterviewId interview;
    QDateTime scheduled; // of that interview; invalid when it had no date
    QString stage;
    QString round;
    QString interviewer;

    friend bool operator==(const EarlierTelling&, const EarlierTelling&) = default;
};

namespace repeatguard {

// Two interviews are at the same company when the names match ignoring case and spacing
// ("Acme  Corp" and "acme corp"); an interview with no company name matches none.
bool sameCompany(const QString& a, const QString& b);

// Every story told at an earlier interview with current's company, each with where it was
// told, earliest first. Earlier: any other interview there except those dated after a dated
// current one (an undated interview with tellings recorded has happened). What current itself
// records as told is not a warning for its own plan, and a later round's is not for an
// earlier one.
QHash<StoryId, QList<EarlierTelling>> toldAtCompany(
    const Interview& current, const QList<Interview>& interviews);

} // namespace repeatguard

} // namespace sb

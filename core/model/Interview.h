#pragma once

#include "core/model/Id.h"

#include <QDateTime>
#include <QString>

namespace sb {

// A concrete interview being prepared for.
struct Interview {
    InterviewId id;
    QString company;
    QString role;
    QString level;
    QDateTime scheduled; // invalid when not yet known
    QString stage; // screen, loop, final, …
    QString interviewers;
    QString notes; // research: values, lingo, the job description
    QDateTime created;
    QDateTime updated;

    friend bool operator==(const Interview&, const Interview&) = default;
};

} // namespace sb

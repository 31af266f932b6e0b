#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QDateTime>

namespace sb {

// One practice of a story or a question, with the review schedule that followed from it.
struct PracticeRecord {
    PracticeRecordId id;
    StoryId story; // at least one of story and question is set
    QuestionId question;
    QDateTime practised;
    int durationSeconds = 0;
    int rating = 0; // 1 again, 2 hard, 3 good, 4 easy
    QDate nextDue;
    int intervalDays = 0;
    double ease = 2.5;
    int repetitions = 0;

    friend bool operator==(const PracticeRecord&, const PracticeRecord&) = default;
};

} // namespace sb

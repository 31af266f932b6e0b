#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QDateTime>
#include <QString>

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
    // The answer as spoken, when it was recorded: a file name in the bank's recordings folder
    // (recordingsFolderFor in core/BankLocation.h); empty when none. Only the name is kept, so a
    // bank moved together with its folder still finds its recordings.
    QString recording;

    friend bool operator==(const PracticeRecord&, const PracticeRecord&) = default;
};

} // namespace sb

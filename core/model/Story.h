#pragma once

#include "core/model/Enums.h"
#include "core/model/Id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// A career story. All five sections are stored whatever the method, so switching between
// STAR, STAR+L and CARL never loses text; CARL shows situation and task together as Context.
struct Story {
    StoryId id;
    QString title;
    QString summary; // the one-line hook
    StoryMethod method = StoryMethod::Star;
    QString situation;
    QString task;
    QString action;
    QString result;
    QString learning;
    QStringList cues; // short lines for the cheat sheet
    QString role;
    QString organization;
    QString period; // when it happened, as the user writes it ("Spring 2023")
    StoryStatus status = StoryStatus::Draft;
    // Self-assessed 1–5; 0 means not rated yet.
    int impact = 0;
    int complexity = 0;
    int involvement = 0;
    int confidence = 0;
    QList<TagId> tags;
    QList<CategoryId> categories;
    QDateTime created; // set by the bank
    QDateTime updated; // set by the bank

    friend bool operator==(const Story&, const Story&) = default;
};

} // namespace sb

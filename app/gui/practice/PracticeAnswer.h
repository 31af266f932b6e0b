#pragma once

#include "core/model/PracticeRecord.h"
#include "core/practice/PracticeItem.h"
#include "core/practice/Recall.h"

#include <QString>

#include <optional>

namespace sb {
class Bank;
}

namespace sb::gui {

// What a practice screen shows once the user has answered: for a story, its cues and
// sections; for a question, each story that answers it (with the link's angle), or the
// prepared answer when no story does.
QString practiceAnswerHtml(const Bank& bank, const PracticeItem& item);

// A rating button's text, saying when the item comes back after that answer, e.g.
// "Good (3) · in 6 days", so the choice means something. last is the item's latest practice.
QString ratingButtonText(Recall recall, const std::optional<PracticeRecord>& last);

// The word for an answer: Again, Hard, Good or Easy.
QString recallName(Recall recall);

} // namespace sb::gui

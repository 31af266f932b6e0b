#pragma once

#include "core/model/Interview.h"

#include <QList>

namespace sb {
class Bank;
}

// Deleting a story or a question takes its places in interviews with it (the database cascades
// or clears them). The commands that delete keep the interviews as they were, and undo writes
// them back whole.
namespace sb::gui::interviewrefs {

// The interviews that plan, record as told, or map to a value this story.
QList<Interview> namingStory(const Bank& bank, StoryId story);
// The interviews that expect this question, or plan or record a story for it.
QList<Interview> namingQuestion(const Bank& bank, QuestionId question);
// Writes the kept interviews back (inside an undo, after the story or question is restored).
// The undo stack is linear, so each is still in the bank and later edits are undone already.
void putBack(Bank& bank, const QList<Interview>& interviews);

} // namespace sb::gui::interviewrefs

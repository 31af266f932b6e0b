#pragma once

#include "core/practice/PracticeItem.h"

#include <QDate>
#include <QList>

namespace sb {
class Bank;
}

namespace sb::practice {

// The cards of one practice sitting: what is due on today (most overdue first), then up to
// newStories stories never practised, so a new bank has something to practise too.
QList<PracticeItem> flashcardDeck(const Bank& bank, QDate today, int newStories);

} // namespace sb::practice

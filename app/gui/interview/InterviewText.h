#pragma once

#include "core/interview/RepeatGuard.h"
#include "core/model/Interview.h"

#include <QDate>
#include <QList>
#include <QString>

// How an interview is named and ordered wherever the window lists it (navigator, list pane),
// so both say the same thing in the same order.

namespace sb::gui::interviewtext {

// "Acme — Staff Engineer", "Acme", or "New interview" while nothing is filled in.
QString title(const Interview& interview);
// "Tue 8 Dec" (with the year when it is not this one); empty for no date.
QString shortDate(const QDateTime& when, QDate today);
// "Tuesday 8 December 2026, 14:30" for tooltips; "No date yet" for none.
QString longDate(const QDateTime& when);
// The navigator's row: "Tue 8 Dec · Acme — Staff Engineer".
QString navigatorText(const Interview& interview, QDate today);

// The repeat guard's warning for a planned story: "Told to Dana in round 1 (Tue 1 Dec)", one
// sentence per earlier telling, joined.
QString toldBefore(const QList<EarlierTelling>& earlier, QDate today);

// Held before today. An interview later today is still ahead: the day is not over.
bool isPast(const Interview& interview, QDate today);
// Upcoming first, the next one at the top; then those without a date; then past ones, the
// latest first (the one just held is where its tellings are recorded).
bool comesBefore(const Interview& a, const Interview& b, QDate today);
QList<Interview> upcomingFirst(QList<Interview> interviews, QDate today);

} // namespace sb::gui::interviewtext

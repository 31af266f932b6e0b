#pragma once

#include "core/model/PracticeRecord.h"
#include "core/practice/PracticeItem.h"

#include <QDate>
#include <QList>

namespace sb::practice {

// An item whose next practice has come: its last practice says when.
struct DueItem {
    PracticeItem item;
    PracticeRecord last;
    friend bool operator==(const DueItem&, const DueItem&) = default;
};

// The last practice of each item, in records' order of practice.
QList<PracticeRecord> lastOfEachItem(const QList<PracticeRecord>& records);

// Items whose last practice made them due on or before today, longest overdue first. Items
// never practised are not due: they are new, and the practice screens offer them apart.
QList<DueItem> dueOn(const QList<PracticeRecord>& records, QDate today);

} // namespace sb::practice

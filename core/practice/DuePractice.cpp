#include "core/practice/DuePractice.h"

#include <QHash>

#include <algorithm>

namespace sb::practice {

namespace {

// One number per item: questions negative, stories positive (ids start at 1).
int64_t keyOf(const PracticeItem& item)
{
    return item.isQuestion() ? -item.question.value : item.story.value;
}

bool isLater(const PracticeRecord& a, const PracticeRecord& b)
{
    return a.practised != b.practised ? a.practised > b.practised : a.id.value > b.id.value;
}

} // namespace

QList<PracticeRecord> lastOfEachItem(const QList<PracticeRecord>& records)
{
    QList<PracticeRecord> last;
    QHash<int64_t, qsizetype> where; // item → its place in last
    for (const PracticeRecord& record : records) {
        const int64_t key = keyOf(PracticeItem::of(record));
        const auto found = where.constFind(key);
        if (found == where.cend()) {
            where.insert(key, last.size());
            last.append(record);
        } else if (isLater(record, last[*found])) {
            last[*found] = record;
        }
    }
    return last;
}

QList<DueItem> dueOn(const QList<PracticeRecord>& records, QDate today)
{
    QList<DueItem> due;
    for (const PracticeRecord& last : lastOfEachItem(records))
        if (last.nextDue.isValid() && last.nextDue <= today)
            due.append({PracticeItem::of(last), last});
    std::stable_sort(due.begin(), due.end(),
        [](const DueItem& a, const DueItem& b) { return a.last.nextDue < b.last.nextDue; });
    return due;
}

} // namespace sb::practice

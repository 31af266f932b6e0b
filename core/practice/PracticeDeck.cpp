#include "core/practice/PracticeDeck.h"

#include "core/Bank.h"

#include <QSet>

namespace sb::practice {

QList<PracticeItem> flashcardDeck(const Bank& bank, QDate today, int newStories)
{
    const QList<PracticeRecord> records = bank.practiceRecords();
    QList<PracticeItem> deck;
    for (const DueItem& due : dueOn(records, today))
        deck.append(due.item);
    QSet<int64_t> practised;
    for (const PracticeRecord& record : records)
        if (record.story.isValid() && !record.question.isValid())
            practised.insert(record.story.value);
    for (const StorySummary& story : bank.storySummaries()) {
        if (newStories <= 0)
            break;
        if (practised.contains(story.id.value) || story.title.trimmed().isEmpty())
            continue;
        deck.append({story.id, QuestionId()});
        --newStories;
    }
    return deck;
}

} // namespace sb::practice

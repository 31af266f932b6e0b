#include "core/Bank.h"

#include "core/BankLocation.h"
#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/practice/ReviewScheduler.h"

// The Bank's practice schedule: practice logged through it is scheduled by SM-2.

namespace sb {

PracticeRecord Bank::logPractice(const PracticeItem& item, Recall recall, int seconds,
    const QDateTime& when, const QString& recording)
{
    PracticeRecord answer;
    answer.story = item.story;
    answer.question = item.question;
    answer.practised = when;
    answer.durationSeconds = seconds;
    answer.rating = int(recall);
    answer.recording = recording;
    validate::practiceRecord(answer);
    // Read and written in one transaction, so two quick answers both count.
    const PracticeRecordId id(write(BankChange::Entity::Practice, BankChange::Kind::Added, [&] {
        if (item.isQuestion())
            bankwrites::require(m_stores->questions.find(item.question).has_value(),
                bankwrites::kNoQuestion, item.question.value);
        else
            bankwrites::require(m_stores->stories.find(item.story).has_value(),
                bankwrites::kNoStory, item.story.value);
        answer = practice::schedule(m_stores->practice.lastOf(item), answer);
        return m_stores->practice.insert(answer).value;
    }));
    answer.id = id;
    return answer;
}

QString Bank::recordingsFolder() const
{
    return recordingsFolderFor(m_path);
}

std::optional<PracticeRecord> Bank::lastPractice(const PracticeItem& item) const
{
    return m_stores->practice.lastOf(item);
}

QList<practice::DueItem> Bank::duePractice(QDate today) const
{
    return practice::dueOn(m_stores->practice.all(), today);
}

} // namespace sb

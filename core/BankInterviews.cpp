#include "core/Bank.h"

#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/store/PitchStore.h"

// The Bank's interviews and the default pitch.

namespace sb {

namespace {

using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

const char* const kNoInterview = QT_TRANSLATE_NOOP("sb::Bank", "There is no interview with id %1.");
const char* const kInterviewIdTaken =
    QT_TRANSLATE_NOOP("sb::Bank", "An interview with id %1 already exists.");

// Inside the write: every question and story the interview names must be in the bank, so a
// stale id is a clear message and not a foreign-key failure.
void requireReferences(const BankStores& stores, const Interview& interview)
{
    QList<QuestionId> questions = interview.questions;
    QList<StoryId> stories;
    for (const PlannedStory& planned : interview.plan) {
        stories.append(planned.story);
        if (planned.question.isValid())
            questions.append(planned.question);
    }
    for (const StoryTelling& told : interview.told) {
        stories.append(told.story);
        if (told.question.isValid())
            questions.append(told.question);
    }
    for (const CompanyValue& value : interview.values)
        stories.append(value.stories);
    for (QuestionId question : questions)
        bankwrites::require(
            stores.questions.exists(question), bankwrites::kNoQuestion, question.value);
    for (StoryId story : stories)
        bankwrites::require(stores.stories.exists(story), bankwrites::kNoStory, story.value);
}

} // namespace

QList<Interview> Bank::interviews() const
{
    return m_stores->interviews.all();
}
std::optional<Interview> Bank::interview(InterviewId id) const
{
    return m_stores->interviews.find(id);
}
InterviewId Bank::addInterview(const Interview& interview)
{
    validate::interview(interview);
    Interview fresh = interview;
    fresh.id = InterviewId(); // a new row gets a new id, whatever the value came with
    return InterviewId(write(Entity::Interview, Kind::Added, [&] {
        requireReferences(*m_stores, fresh);
        return m_stores->interviews.insert(fresh).value;
    }));
}
InterviewId Bank::restoreInterview(const Interview& interview)
{
    // Brings back a row the bank held (undo), which an earlier version may have imported
    // without a company.
    validate::interview(interview, false);
    return InterviewId(write(Entity::Interview, Kind::Added, [&] {
        bankwrites::requireFreeId(m_stores->interviews.find(interview.id).has_value(),
            kInterviewIdTaken, interview.id.value);
        Interview kept = interview;
        const auto gone = [this](StoryId story) { return !m_stores->stories.exists(story); };
        const auto goneQuestion = [this](QuestionId question) {
            return !m_stores->questions.exists(question);
        };
        kept.questions.removeIf(goneQuestion);
        kept.plan.removeIf([&](const PlannedStory& planned) {
            return gone(planned.story)
                || (planned.question.isValid() && goneQuestion(planned.question));
        });
        kept.told.removeIf([&](const StoryTelling& told) {
            return gone(told.story) || (told.question.isValid() && goneQuestion(told.question));
        });
        for (CompanyValue& value : kept.values)
            value.stories.removeIf(gone);
        return m_stores->interviews.insert(kept).value;
    }));
}
void Bank::updateInterview(const Interview& interview)
{
    // An interview stored without a company (imported by an earlier version) can still have its
    // other fields edited; only emptying a company that is there is refused.
    const auto stored = m_stores->interviews.find(interview.id);
    validate::interview(interview, !stored || !stored->company.trimmed().isEmpty());
    write(Entity::Interview, Kind::Updated, [&] {
        requireReferences(*m_stores, interview);
        bankwrites::require(
            m_stores->interviews.update(interview), kNoInterview, interview.id.value);
        return interview.id.value;
    });
}
void Bank::removeInterview(InterviewId id)
{
    removeRow(m_stores->interviews, id, Entity::Interview, kNoInterview);
}

void Bank::planStory(InterviewId interviewId, QuestionId question, StoryId story)
{
    write(Entity::Interview, Kind::Updated, [&] {
        std::optional<Interview> interview = m_stores->interviews.find(interviewId);
        bankwrites::require(interview.has_value(), kNoInterview, interviewId.value);
        if (!interview->questions.contains(question))
            interview->questions.append(question);
        const PlannedStory planned {question, story};
        if (!interview->plan.contains(planned))
            interview->plan.append(planned);
        requireReferences(*m_stores, *interview);
        bankwrites::require(
            m_stores->interviews.update(*interview), kNoInterview, interviewId.value);
        return interviewId.value;
    });
}

Pitch Bank::defaultPitch() const
{
    return PitchStore(*m_db).find(InterviewId());
}
void Bank::setDefaultPitch(const Pitch& pitch)
{
    write(Entity::Pitch, Kind::Updated, [&] {
        PitchStore(*m_db).write(InterviewId(), pitch);
        return int64_t(0);
    });
}

} // namespace sb

#include "app/gui/undo/InterviewRefs.h"

#include "core/Bank.h"

#include <algorithm>

namespace sb::gui::interviewrefs {

QList<Interview> namingStory(const Bank& bank, StoryId story)
{
    QList<Interview> result;
    for (const Interview& interview : bank.interviews()) {
        const bool named = std::any_of(interview.plan.cbegin(), interview.plan.cend(),
                               [&](const PlannedStory& p) { return p.story == story; })
            || std::any_of(interview.told.cbegin(), interview.told.cend(),
                [&](const StoryTelling& t) { return t.story == story; })
            || std::any_of(interview.values.cbegin(), interview.values.cend(),
                [&](const CompanyValue& v) { return v.stories.contains(story); });
        if (named)
            result.append(interview);
    }
    return result;
}

QList<Interview> namingQuestion(const Bank& bank, QuestionId question)
{
    QList<Interview> result;
    for (const Interview& interview : bank.interviews()) {
        const bool named = interview.questions.contains(question)
            || std::any_of(interview.plan.cbegin(), interview.plan.cend(),
                [&](const PlannedStory& p) { return p.question == question; })
            || std::any_of(interview.told.cbegin(), interview.told.cend(),
                [&](const StoryTelling& t) { return t.question == question; });
        if (named)
            result.append(interview);
    }
    return result;
}

void putBack(Bank& bank, const QList<Interview>& interviews)
{
    for (const Interview& interview : interviews)
        bank.updateInterview(interview); // announced as updated: the open views re-read it
}

} // namespace sb::gui::interviewrefs

#include "core/practice/ReviewScheduler.h"

#include <algorithm>
#include <cmath>

namespace sb::practice {

namespace {

constexpr double kStartingEase = 2.5;
constexpr double kLowestEase = 1.3;

} // namespace

int sm2Grade(Recall recall)
{
    switch (recall) {
    case Recall::Again:
        return 1;
    case Recall::Hard:
        return 3;
    case Recall::Good:
        return 4;
    case Recall::Easy:
        return 5;
    }
    return 1;
}

PracticeRecord schedule(const std::optional<PracticeRecord>& previous, PracticeRecord answer)
{
    const double easeBefore = previous ? previous->ease : kStartingEase;
    const int repetitionsBefore = previous ? previous->repetitions : 0;
    const int intervalBefore = previous ? previous->intervalDays : 0;
    const int grade = sm2Grade(Recall(std::clamp(answer.rating, 1, 4)));

    if (grade < 3) {
        answer.repetitions = 0;
        answer.intervalDays = 1;
    } else {
        answer.repetitions = repetitionsBefore + 1;
        if (answer.repetitions == 1)
            answer.intervalDays = 1;
        else if (answer.repetitions == 2)
            answer.intervalDays = 6;
        else
            answer.intervalDays = int(std::lround(intervalBefore * easeBefore));
    }
    const int miss = 5 - grade;
    answer.ease = std::max(kLowestEase, easeBefore + (0.1 - miss * (0.08 + miss * 0.02)));
    answer.nextDue = answer.practised.date().addDays(answer.intervalDays);
    return answer;
}

} // namespace sb::practice

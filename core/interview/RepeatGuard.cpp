#include "core/interview/RepeatGuard.h"

#include <algorithm>

namespace sb::repeatguard {

namespace {

QString companyKey(const QString& company)
{
    return company.simplified().toCaseFolded();
}

} // namespace

bool sameCompany(const QString& a, const QString& b)
{
    const QString key = companyKey(a);
    return !key.isEmpty() && key == companyKey(b);
}

QHash<StoryId, QList<EarlierTelling>> toldAtCompany(
    const Interview& current, const QList<Interview>& interviews)
{
    QList<Interview> atCompany;
    for (const Interview& other : interviews) {
        const bool later = current.scheduled.isValid() && other.scheduled.isValid()
            && other.scheduled > current.scheduled;
        if (other.id != current.id && !later && sameCompany(other.company, current.company))
            atCompany.append(other);
    }
    // Undated interviews are taken as the latest, so dated rounds come first.
    std::stable_sort(
        atCompany.begin(), atCompany.end(), [](const Interview& a, const Interview& b) {
            if (a.scheduled.isValid() != b.scheduled.isValid())
                return a.scheduled.isValid();
            return a.scheduled < b.scheduled;
        });

    QHash<StoryId, QList<EarlierTelling>> told;
    for (const Interview& interview : atCompany) {
        for (const StoryTelling& telling : interview.told) {
            told[telling.story].append({interview.id, interview.scheduled, interview.stage,
                telling.round, telling.interviewer});
        }
    }
    return told;
}

} // namespace sb::repeatguard

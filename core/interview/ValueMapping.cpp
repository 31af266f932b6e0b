#include "core/interview/ValueMapping.h"

namespace sb::valuemapping {

QList<CompanyValue> gaps(const Interview& interview)
{
    QList<CompanyValue> unmapped;
    for (const CompanyValue& value : interview.values) {
        if (value.stories.isEmpty() && !value.name.trimmed().isEmpty())
            unmapped.append(value);
    }
    return unmapped;
}

QStringList valuesOfStory(const Interview& interview, StoryId story)
{
    QStringList names;
    for (const CompanyValue& value : interview.values) {
        if (value.stories.contains(story))
            names.append(value.name);
    }
    return names;
}

} // namespace sb::valuemapping

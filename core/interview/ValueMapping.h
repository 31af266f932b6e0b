#pragma once

#include "core/model/Interview.h"

#include <QList>

namespace sb::valuemapping {

// The company values no story is mapped to yet, in the interview's order: the gaps to prepare.
QList<CompanyValue> gaps(const Interview& interview);

// The values a story is mapped to, by name, in the interview's order.
QStringList valuesOfStory(const Interview& interview, StoryId story);

} // namespace sb::valuemapping

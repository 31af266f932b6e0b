#pragma once

#include "core/model/StorySections.h"

#include <QList>
#include <QString>

namespace sb::gui {

// Every section any method uses, in the order the editor shows them.
const QList<StorySection>& allStorySections();
// The words the story editor shows around its sections (kept under the StoryEditor
// translation context).
QString sectionName(StorySection section);
// The guiding placeholder of an empty section: what a good one says.
QString sectionHint(StorySection section);
// "1 word" / "12 words": English plurals chosen here, since Qt shows "%n word(s)" as written
// when no translation is loaded.
QString wordCount(int words);

} // namespace sb::gui

#pragma once

#include "core/model/StorySections.h"

#include <QList>
#include <QString>

namespace sb::gui {

// Every section any method uses, in the order the editor shows them.
const QList<StorySection>& allStorySections();
// Texts the story editor shows around its sections (kept under the StoryEditor translation
// context); a section's name is sectionTitle() in core/model/StorySections.h.
// The guiding placeholder of an empty section: what a good one says.
QString sectionHint(StorySection section);
// "1 word" / "12 words": English plurals chosen here, since Qt shows "%n word(s)" as written
// when no translation is loaded.
QString wordCount(int words);

} // namespace sb::gui

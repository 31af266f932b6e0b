#pragma once

#include "core/model/Story.h"

namespace sb::gui {

// The story a first-run bank starts with, so a newcomer sees how a finished STAR story reads.
Story exampleStory();

} // namespace sb::gui

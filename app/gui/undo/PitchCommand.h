#pragma once

#include "app/gui/undo/EditRowCommand.h"

namespace sb::gui {

// Typing in the default "Tell me about yourself" pitch: redo writes the new text, undo the old.
// The bank holds one default pitch, so it is edited like a row's own fields.
using EditDefaultPitchCommand = EditRowCommand<Pitch, &Bank::setDefaultPitch>;

} // namespace sb::gui

#pragma once

#include <QString>

namespace sb {

// Gives every StoryBank program the same application name, so they agree on where the
// default bank and settings live. Call before anything asks QStandardPaths.
void setApplicationIdentity();

// The bank opened when the user names none: StoryBank.storybank in the per-user
// application data folder (QStandardPaths::AppDataLocation).
QString defaultBankPath();

} // namespace sb

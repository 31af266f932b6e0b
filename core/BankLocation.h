#pragma once

#include <QString>

namespace sb {

// Gives every StoryBank program the same application name, so they agree on where the
// default bank and settings live. Call before anything asks QStandardPaths.
void setApplicationIdentity();

// The bank opened when the user names none: StoryBank.storybank in the per-user
// application data folder (QStandardPaths::AppDataLocation).
QString defaultBankPath();

// The folder of the bank's recorded practice answers, beside the bank and named after it:
// "/home/ann/Interview prep recordings" for "/home/ann/Interview prep.storybank". A name the
// user can read in a file manager, and the bank and its recordings can be moved together. The
// folder may not exist yet; whoever records first makes it (owneronly::makeFolder).
QString recordingsFolderFor(const QString& bankPath);

} // namespace sb

#pragma once

#include "app/cli/Command.h"

namespace sb::cli {

// `list interviews` and `list journal`: one line each, or with --json every field (ids are the
// bank's, as in the other lists).
void listInterviews(const Bank& bank, const CommandContext& context, bool json);
void listJournal(const Bank& bank, const CommandContext& context, bool json);

} // namespace sb::cli

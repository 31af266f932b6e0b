#pragma once

#include "core/model/Story.h"
#include "core/sheet/CheatSheet.h"

namespace sb::sheetranking {

// How well a story fits a category or a question, best first: a story told for one of the
// category's questions beats one merely filed under it.
enum class Fit { StrongLink, PartialLink, Filed };

Fit fitOf(LinkFit fit);

// Whether the request lets the story onto the sheet at all: its status and tags.
bool admits(const SheetRequest& request, const Story& story);

// Best fit first, then the stories the user is surest of telling, then the biggest; title and
// id settle the rest, so the order never depends on how the bank happened to return rows.
bool ranksBefore(const Story& a, Fit fitA, const Story& b, Fit fitB);

// The story as the sheet shows it: title and hook on one line each, its own cues (or cues
// derived from its sections when it has none) and the result's key figure.
SheetStory shown(const Story& story);

} // namespace sb::sheetranking

#pragma once

#include "core/model/Story.h"

namespace sb::test {

// Story n of the crash tests: every field is derived from n, so a reader can tell a whole story
// from a torn one.
Story numberedStory(int n);

} // namespace sb::test

#pragma once

#include <cstdint>

namespace sb {

// What marks an SQLite file as a StoryBank bank.
inline constexpr uint32_t kBankApplicationId = 0x53426E6B; // "SBnk"
inline constexpr char kBankFileSuffix[] = "storybank";

} // namespace sb

#pragma once

#include <cstdint>

namespace sb {

// What marks an SQLite file as a StoryBank bank.
inline constexpr uint32_t kBankApplicationId = 0x53426E6B; // "SBnk"
inline constexpr char kBankFileSuffix[] = "storybank";
// How long a write waits for another connection before reporting the bank as busy.
inline constexpr int kBusyTimeoutMs = 5000;

} // namespace sb

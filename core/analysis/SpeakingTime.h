#pragma once

#include <QString>

namespace sb {

// How long a text takes to say out loud, for the "aim for two minutes" guidance.
namespace speakingtime {

// A relaxed interview pace; the figure people are usually coached towards (130–150).
inline constexpr int kWordsPerMinute = 140;
// The length most coaches recommend for a behavioral answer.
inline constexpr int kTargetSeconds = 120;

int words(const QString& text);
int seconds(int words);
// "1:45" style.
QString clock(int seconds);

} // namespace speakingtime

} // namespace sb

#pragma once

#include <QStringList>

namespace sb::gui {

// The banks opened lately, newest first, kept in the settings for File › Open Recent.
namespace recentbanks {

inline constexpr int kMost = 8;

QStringList list(); // only those that still exist
void add(const QString& path);

} // namespace recentbanks

} // namespace sb::gui

#pragma once

#include <QFileDevice>
#include <QString>

namespace sb::owneronly {

// Banks and their copies hold a career history: readable and writable by their owner alone.
inline constexpr QFileDevice::Permissions kPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Copies from to a new file `to` that only its owner can read; false when it cannot.
bool copy(const QString& from, const QString& to);

// Moves partial over target with rename(2), which replaces it in one step: at every moment the
// old file or the new one is there, never neither (QFile::rename will not replace a file). On
// failure partial is removed and false returned.
bool renameOver(const QString& partial, const QString& target);

} // namespace sb::owneronly

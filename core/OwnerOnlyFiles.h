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

// Makes the folder path (and its parents) when it is missing, open to its owner alone; false when
// it cannot. A folder that is already there keeps the permissions it has: someone chose them.
bool makeFolder(const QString& path);

// Creates path as a new, empty file only its owner can read, with those permissions from the
// first moment (not changed after); false when it cannot or the file is already there.
bool createFile(const QString& path);

} // namespace sb::owneronly

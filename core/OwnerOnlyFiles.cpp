#include "core/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace sb::owneronly {

bool copy(const QString& from, const QString& to)
{
    return QFile::copy(from, to) && QFile::setPermissions(to, kPermissions);
}

bool renameOver(const QString& partial, const QString& target)
{
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        == 0)
        return true;
    QFile::remove(partial);
    return false;
}

bool makeFolder(const QString& path)
{
    if (QFileInfo(path).isDir())
        return true;
    return QDir().mkpath(path)
        && QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool createFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPermissions);
}

} // namespace sb::owneronly

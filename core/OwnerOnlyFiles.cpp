#include "core/OwnerOnlyFiles.h"

#include <QFile>

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

} // namespace sb::owneronly

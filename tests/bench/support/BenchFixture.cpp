#include "tests/bench/support/BenchFixture.h"

#include <QDir>

namespace sb::bench {

QString BenchFixture::scratch(const QString& name) const
{
    const QString path = QDir(workDir).filePath(name);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return path;
}

} // namespace sb::bench

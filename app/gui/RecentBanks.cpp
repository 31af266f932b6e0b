#include "app/gui/RecentBanks.h"

#include <QFileInfo>
#include <QSettings>

namespace sb::gui::recentbanks {

namespace {

const QString kKey = QStringLiteral("bank/recent");

} // namespace

QStringList list()
{
    QStringList existing;
    for (const QString& path : QSettings().value(kKey).toStringList()) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void add(const QString& path)
{
    QSettings settings;
    QStringList paths = settings.value(kKey).toStringList();
    paths.removeAll(path);
    paths.prepend(path);
    settings.setValue(kKey, paths.mid(0, kMost));
}

} // namespace sb::gui::recentbanks

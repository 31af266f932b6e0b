#include "app/gui/Icons.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

namespace sb::gui {

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

QIcon themedIcon(const QString& name)
{
    return QIcon::fromTheme(name, bundledIcon(name));
}

QIcon bundledIcon(const QString& name)
{
    const QString path =
        QStringLiteral(":/icons/%1/%2.svg")
            .arg(darkPalette() ? QStringLiteral("dark") : QStringLiteral("light"), name);
    return QFileInfo::exists(path) ? QIcon(path) : QIcon();
}

QStringList bundledIconNames()
{
    QStringList names;
    for (const QFileInfo& file :
        QDir(QStringLiteral(":/icons/light")).entryInfoList({QStringLiteral("*.svg")}))
        names.append(file.completeBaseName());
    return names;
}

} // namespace sb::gui

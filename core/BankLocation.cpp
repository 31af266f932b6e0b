#include "core/BankLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sb {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("StoryBank"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("storybank.app"));
}

QString defaultBankPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("StoryBank.storybank"));
}

} // namespace sb

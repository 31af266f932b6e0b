#include "core/BankLocation.h"

#include "core/BankFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

QString recordingsFolderFor(const QString& bankPath)
{
    const QFileInfo bank(bankPath);
    QString name = bank.fileName();
    const QString suffix = u'.' + QLatin1String(kBankFileSuffix);
    if (name.endsWith(suffix, Qt::CaseInsensitive))
        name.chop(suffix.size());
    // Not translated: the same bank must find the same folder whatever the language.
    name += name.isEmpty() ? QStringLiteral("recordings") : QStringLiteral(" recordings");
    return bank.absoluteDir().filePath(name);
}

} // namespace sb

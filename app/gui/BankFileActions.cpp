#include "app/gui/BankFileActions.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/RecentBanks.h"
#include "app/gui/RestoreBackupDialog.h"
#include "core/BankError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace sb::gui {

namespace {

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".storybank");
    return path;
}

} // namespace

BankFileActions::BankFileActions(BankDocument& document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
    askPath = [this](Ask ask) {
        const QString filter = tr("StoryBank banks (*.storybank)");
        const QString folder = QFileInfo(m_document.bank().path()).absolutePath();
        switch (ask) {
        case Ask::NewBank:
            return QFileDialog::getSaveFileName(m_window, tr("New Bank"), folder, filter);
        case Ask::OpenBank:
            return QFileDialog::getOpenFileName(m_window, tr("Open Bank"), folder, filter);
        case Ask::SaveCopy:
            return QFileDialog::getSaveFileName(m_window, tr("Save a Copy As"), folder, filter);
        case Ask::RestoreBackup: {
            RestoreBackupDialog dialog(m_document.bank().path(), m_window);
            return dialog.exec() == QDialog::Accepted ? dialog.selectedPath() : QString();
        }
        }
        return QString();
    };
    openInNewWindow = [](const QString& path) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), {path});
    };
    confirmRestore = [this](const QString& backupPath) {
        QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
            tr("Go back to %1?").arg(RestoreBackupDialog::describe(backupPath)),
            QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("StoryBank closes this window, puts the copy in place and "
                                  "opens it again. The bank as it is now is kept in its backup "
                                  "folder, so you can go back to it the same way."));
        QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.setDefaultButton(restore);
        box.exec();
        return box.clickedButton() == restore;
    };
    restartRestoring = [this](const QString& backupPath) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--restore"), backupPath, m_document.bank().path()});
    };
}

void BankFileActions::addTo(QMenu* file)
{
    // No shortcut: a new bank is rare, and Ctrl+Shift+N is New Question's (two actions on one
    // key make Qt run neither).
    file->addAction(tr("New &Bank…"), this, &BankFileActions::newBank);
    QAction* open = file->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open Bank…"),
        this, &BankFileActions::openBank);
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);
    file->addSeparator();
    QAction* copy = file->addAction(themedIcon(QStringLiteral("document-save-as")),
        tr("Save a &Copy As…"), this, &BankFileActions::saveCopy);
    // Some platforms define no Save As key; Ctrl+Shift+S is what people expect there.
    const QList<QKeySequence> saveAs = QKeySequence::keyBindings(QKeySequence::SaveAs);
    copy->setShortcuts(
        saveAs.isEmpty() ? QList<QKeySequence> {QKeySequence(tr("Ctrl+Shift+S"))} : saveAs);
    file->addAction(themedIcon(QStringLiteral("document-revert")), tr("&Restore from Backup…"),
        this, &BankFileActions::restoreFromBackup);
    file->addSeparator();
}

void BankFileActions::fillRecent(QMenu* menu)
{
    menu->clear();
    const QString current = m_document.bank().path();
    for (const QString& path : recentbanks::list()) {
        if (path == current)
            continue;
        menu->addAction(
            QDir::toNativeSeparators(path), this, [this, path] { openInNewWindow(path); });
    }
    menu->setEnabled(!menu->isEmpty());
}

void BankFileActions::newBank()
{
    const QString path = withSuffix(askPath(Ask::NewBank));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New Bank"),
            tr("%1 already exists. Choose another name, or open it with Open Bank.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openInNewWindow(path); // the new window creates it with the starter catalog
}

void BankFileActions::openBank()
{
    const QString path = askPath(Ask::OpenBank);
    if (!path.isEmpty())
        openInNewWindow(path);
}

void BankFileActions::saveCopy()
{
    const QString path = withSuffix(askPath(Ask::SaveCopy));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath()
        == QFileInfo(m_document.bank().path()).absoluteFilePath()) {
        QMessageBox::information(m_window, tr("Save a Copy As"),
            tr("That is this bank itself; everything in it is already saved."));
        return;
    }
    try {
        m_document.bank().saveCopy(path);
    } catch (const BankError& error) {
        QMessageBox::warning(m_window, tr("Save a Copy As"), error.message());
    }
}

void BankFileActions::restoreFromBackup()
{
    const QString backup = askPath(Ask::RestoreBackup);
    if (backup.isEmpty() || !confirmRestore(backup))
        return;
    if (!restartRestoring(backup)) {
        QMessageBox::warning(m_window, tr("Restore from Backup"),
            tr("StoryBank could not be started again to restore the copy. Nothing was changed."));
        return;
    }
    m_window->close(); // lets go of the bank, so the new process can replace it
}

} // namespace sb::gui

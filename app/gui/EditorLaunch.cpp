#include "app/gui/EditorLaunch.h"

#include "app/gui/BankDocument.h"
#include "app/gui/BankHealthCheck.h"
#include "app/gui/BankLock.h"
#include "app/gui/BankOpening.h"
#include "app/gui/ContrastStyle.h"
#include "app/gui/EditorApplication.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RecentBanks.h"
#include "app/gui/RestoreBackupDialog.h"
#include "app/i18n/AppTranslations.h"
#include "core/BankError.h"
#include "core/BankLocation.h"
#include "core/Version.h"
#include "core/backup/BankRestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>
#include <memory>

namespace sb::gui {

namespace {

// File › Restore from Backup hands over to a new process with --restore: the window that asked
// is closing and lets go of the bank, which is then replaced before it is opened. Returns what
// to tell the user in the window once it shows (empty when the restore was refused: then the
// bank opens as it was, after a message that says why).
QString restoreBeforeOpening(const QString& backup, const QString& bankPath)
{
    // Long enough for the closing window to finish writing and release its lock.
    constexpr int kWaitForTheOldWindowMs = 15000;
    try {
        restoreBank(backup, bankPath, QDate::currentDate(), kWaitForTheOldWindowMs);
        return QApplication::translate(
            "main", "Restored %1. The bank as it was is kept in its backup folder.")
            .arg(RestoreBackupDialog::describe(backup));
    } catch (const sb::BankError& error) {
        QMessageBox::warning(nullptr,
            QApplication::translate("main", "The backup was not restored"),
            error.message() + QStringLiteral("\n\n")
                + QApplication::translate("main", "StoryBank opens the bank as it was."));
        return {};
    }
}

} // namespace

int runEditor(QApplication& app)
{
    sb::installTranslations();
    // The style chosen for this desktop (or by -style), with check boxes visible when dark.
    QApplication::setStyle(new ContrastStyle(QApplication::style()->name()));
    sb::setApplicationIdentity();
    // The installed menu entry's name (packaging/): Wayland's app id, so the dock and the
    // window switcher show the window with StoryBank's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.storybank.StoryBank"));
    QApplication::setApplicationVersion(QLatin1String(sb::kVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("StoryBank"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Write, organize and practise your interview stories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("bank"),
        QApplication::translate("main", "The .storybank file to open (created when missing)."),
        QApplication::translate("main", "[BANK]"));
    const QCommandLineOption restoreOption(QStringLiteral("restore"),
        QApplication::translate("main",
            "First put the backup FILE in place of the bank (the bank as it was is kept in its "
            "backup folder)."),
        QApplication::translate("main", "FILE"));
    parser.addOption(restoreOption);
    parser.process(app);

    QSettings settings;
    const QString lastBank = settings.value(QStringLiteral("bank/last")).toString();
    const QString path = !parser.positionalArguments().isEmpty()
        ? QFileInfo(parser.positionalArguments().first()).absoluteFilePath()
        : (!lastBank.isEmpty() && QFileInfo::exists(lastBank) ? lastBank : sb::defaultBankPath());

    const QString restored = parser.isSet(restoreOption)
        ? restoreBeforeOpening(parser.value(restoreOption), path)
        : QString();
    const BankLock lock(path);
    if (!lock.isLocked()) {
        // Also for whoever started it from a terminal or a script, where no box may be seen.
        std::fprintf(stderr, "storybank: %s\n", qPrintable(lock.errorMessage()));
        QMessageBox::warning(nullptr,
            QApplication::translate("main", "StoryBank cannot open this bank"),
            lock.errorMessage());
        return 1;
    }
    std::unique_ptr<sb::Bank> bank;
    try {
        bank = openOrCreateBank(path, path == sb::defaultBankPath());
    } catch (const sb::BankError& error) {
        QMessageBox::critical(nullptr,
            QApplication::translate("main", "StoryBank cannot open this bank"), error.message());
        return 1;
    }
    // The bank was opened without reading every page, so building the window may be what
    // finds a damaged one: that is a refusal to open, not a crash.
    std::unique_ptr<BankDocument> document;
    std::unique_ptr<MainWindow> window;
    try {
        document = std::make_unique<BankDocument>(std::move(bank));
        window = std::make_unique<MainWindow>(*document);
        window->show();
    } catch (const sb::BankError& error) {
        window.reset();
        document.reset();
        // SQLite's verdict found on reading does not say which file it is about.
        QMessageBox::critical(nullptr,
            QApplication::translate("main", "StoryBank cannot open this bank"),
            QDir::toNativeSeparators(path) + QStringLiteral("\n\n") + error.message()
                + QStringLiteral("\n\n")
                + QApplication::translate(
                    "main", "If you have a backup copy of this bank, open that instead."));
        return 1;
    }
    // Remembered only once it opened: a refused bank must not be reopened at the next start.
    settings.setValue(QStringLiteral("bank/last"), path);
    recentbanks::add(path);
    if (!restored.isEmpty())
        window->statusBar()->showMessage(restored, 20000);
    // The read of every page the opening skipped runs now, beside the window.
    BankHealthCheck health(path);
    QObject::connect(
        &health, &BankHealthCheck::damaged, window.get(), [&window](const QString& problem) {
            EditorApplication::stopWithMessage(window.get(),
                QApplication::translate("main", "StoryBank cannot keep this bank open"),
                problem + QStringLiteral("\n\n")
                    + QApplication::translate("main",
                        "StoryBank closes it now so that nothing more is written to the damaged "
                        "file."));
        });
    QObject::connect(
        &health, &BankHealthCheck::backupFailed, window.get(), [&window](const QString& problem) {
            QMessageBox::warning(window.get(),
                QApplication::translate("main", "Today's backup was not made"),
                problem + QStringLiteral("\n\n")
                    + QApplication::translate("main",
                        "Your bank itself is fine and everything you write is saved to it. "
                        "StoryBank tries the backup again the next time it opens this bank."));
        });
    health.start();
    return QApplication::exec();
}

} // namespace sb::gui

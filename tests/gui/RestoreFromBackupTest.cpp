#include "app/gui/BankFileActions.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RestoreBackupDialog.h"
#include "core/backup/BankBackups.h"
#include "tests/gui/DocumentTest.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;

class RestoreFromBackupTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        document->bank().addStory(sampleStory());
        window = std::make_unique<MainWindow>(*document);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(RestoreFromBackupTest, TheDialogListsTheCopiesNewestFirstAndOffersTheNewest)
{
    const BankBackups backups(bankPath());
    backups.takeDue(QDate(2026, 11, 20));
    backups.takeDue(QDate(2026, 11, 27));
    RestoreBackupDialog dialog(bankPath(), window.get());
    ASSERT_EQ(dialog.backupCount(), 2); // the week's copies are the same days' copies
    EXPECT_TRUE(dialog.list()->item(0)->text().contains(QStringLiteral("2026")))
        << qPrintable(dialog.list()->item(0)->text());
    dialog.show();
    QTest::keyClick(dialog.list(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QString chosen = dialog.selectedPath();
    EXPECT_TRUE(chosen.contains(QStringLiteral("2026-11-2"))) << qPrintable(chosen);
    EXPECT_EQ(QDate::fromString(chosen.right(20).left(10), Qt::ISODate), QDate(2026, 11, 27));
}

TEST_F(RestoreFromBackupTest, WithoutBackupsTheDialogSaysSoAndCannotRestore)
{
    RestoreBackupDialog dialog(bankPath(), window.get());
    EXPECT_EQ(dialog.backupCount(), 0);
    QPushButton* restore = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Restore")))
            restore = button;
    }
    ASSERT_NE(restore, nullptr);
    EXPECT_FALSE(restore->isEnabled());
}

TEST_F(RestoreFromBackupTest, ConfirmingHandsTheCopyToANewProcessAndClosesTheWindow)
{
    const QString copy = pathFor(QStringLiteral("copy.storybank"));
    QStringList handedOver;
    window->fileActions()->askPath = [&](BankFileActions::Ask) { return copy; };
    window->fileActions()->confirmRestore = [](const QString&) { return true; };
    window->fileActions()->restartRestoring = [&](const QString& backup) {
        handedOver.append(backup);
        return true;
    };
    window->fileActions()->restoreFromBackup();
    EXPECT_EQ(handedOver, QStringList {copy});
    EXPECT_FALSE(window->isVisible()) << "the window lets go of the bank";
}

TEST_F(RestoreFromBackupTest, SayingNoChangesNothing)
{
    bool handedOver = false;
    window->fileActions()->askPath = [this](BankFileActions::Ask) {
        return pathFor(QStringLiteral("copy.storybank"));
    };
    window->fileActions()->confirmRestore = [](const QString&) { return false; };
    window->fileActions()->restartRestoring = [&](const QString&) { return handedOver = true; };
    window->fileActions()->restoreFromBackup();
    EXPECT_FALSE(handedOver);
    EXPECT_TRUE(window->isVisible());
}

} // namespace
} // namespace sb::test

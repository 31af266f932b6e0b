// What the window does while the bank refuses typed text (disk full, read-only medium): the
// text stays on screen, and nothing that would drop it happens without the user's say.
#include "app/gui/MainWindow.h"

#include <QAbstractItemView>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace sb::gui {

void MainWindow::keepUnsavedShown(QAbstractItemView* list, const QPersistentModelIndex& shown)
{
    // After the selection change that asked for another item has finished, not inside it.
    QTimer::singleShot(0, this, [this, list, shown] {
        if (shown.isValid())
            list->setCurrentIndex(shown);
    });
    statusBar()->showMessage(tr("The text here is not saved yet, so it stays open until it "
                                "is. StoryBank keeps trying."),
        8000);
}

bool MainWindow::confirmCloseUnsaved()
{
    QMessageBox box(QMessageBox::Warning, tr("Close without saving?"),
        tr("StoryBank could not save your latest typing, and it is still trying. If you close "
           "the window now, that text is lost."),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Free some disk space (or make the bank writable again), wait "
                              "for “All changes saved”, then close."));
    QPushButton* keep = box.addButton(tr("Keep Open"), QMessageBox::RejectRole);
    box.addButton(tr("Close and Lose It"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() != keep;
}

} // namespace sb::gui

#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace sb::gui {

class BankDocument;

// File › New Bank, Open, Open Recent, Save a Copy As and Restore from Backup. Each bank has a
// window (and a process) of its own, so opening one starts StoryBank on it; this window's bank
// stays as is.
class BankFileActions : public QObject {
    Q_OBJECT

public:
    enum class Ask { NewBank, OpenBank, SaveCopy, RestoreBackup };

    BankFileActions(BankDocument& document, QWidget* window);

    // Adds the actions to the File menu.
    void addTo(QMenu* file);

    void newBank();
    void openBank();
    void saveCopy();
    // Asks which backup, confirms, then hands over to a new StoryBank process that restores it
    // once this one has closed the bank (a bank open here cannot be replaced under it).
    void restoreFromBackup();

    // Replaceable for tests: how a path is asked for (empty: cancelled), and how another bank
    // is opened.
    std::function<QString(Ask)> askPath;
    std::function<bool(const QString&)> openInNewWindow;
    std::function<bool(const QString& backupPath)> confirmRestore;
    std::function<bool(const QString& backupPath)> restartRestoring;

private:
    void fillRecent(QMenu* menu);

    BankDocument& m_document;
    QWidget* m_window;
};

} // namespace sb::gui

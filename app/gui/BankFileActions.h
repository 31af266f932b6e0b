#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace sb::gui {

class BankDocument;

// File › New Bank, Open, Open Recent and Save a Copy As. Each bank has a window (and a
// process) of its own, so opening one starts StoryBank on it; this window's bank stays as is.
class BankFileActions : public QObject {
    Q_OBJECT

public:
    enum class Ask { NewBank, OpenBank, SaveCopy };

    BankFileActions(BankDocument& document, QWidget* window);

    // Adds the actions to the File menu.
    void addTo(QMenu* file);

    void newBank();
    void openBank();
    void saveCopy();

    // Replaceable for tests: how a path is asked for (empty: cancelled), and how another bank
    // is opened.
    std::function<QString(Ask)> askPath;
    std::function<bool(const QString&)> openInNewWindow;

private:
    void fillRecent(QMenu* menu);

    BankDocument& m_document;
    QWidget* m_window;
};

} // namespace sb::gui

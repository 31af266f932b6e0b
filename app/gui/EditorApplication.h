#pragma once

#include <QApplication>

#include <functional>

namespace sb::gui {

// The editor's application object. Its one addition: a BankError that escapes an event handler
// (a damaged page read while the window is in use, before or without the health check finding
// it) ends the program with a message instead of std::terminate, since Qt cannot carry an
// exception through its event loop. Writes are caught nearer (BankCommand); this is the net.
class EditorApplication : public QApplication {
public:
    EditorApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // What to do with such an error, called from the event loop. By default: say so in a
    // message box and end the program (once). Tests put their own here.
    void setErrorHandler(std::function<void(const QString& message)> handler);

    // Says why in a message box over parent, then ends the event loop with exit code 1: for
    // a bank the editor must not go on writing to.
    static void stopWithMessage(QWidget* parent, const QString& title, const QString& text);

private:
    std::function<void(const QString&)> m_handler;
    bool m_stopping = false;
};

} // namespace sb::gui

#include "app/gui/EditorApplication.h"

#include "core/BankError.h"

#include <QMessageBox>
#include <QTimer>

namespace sb::gui {

EditorApplication::EditorApplication(int& argc, char** argv) : QApplication(argc, argv) { }

void EditorApplication::stopWithMessage(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
    QApplication::exit(1);
}

void EditorApplication::setErrorHandler(std::function<void(const QString&)> handler)
{
    m_handler = std::move(handler);
}

bool EditorApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const BankError& error) {
        const QString message = error.message();
        if (m_handler) {
            // Called from the event loop, not from inside the handler that failed.
            QTimer::singleShot(0, this, [this, message] { m_handler(message); });
        } else if (!m_stopping) {
            m_stopping = true;
            QTimer::singleShot(0, this, [message] {
                stopWithMessage(nullptr, QApplication::translate("main", "StoryBank has to stop"),
                    message + QStringLiteral("\n\n")
                        + QApplication::translate("main",
                            "Nothing more is written to this bank. If it is damaged, open a "
                            "backup copy of it instead."));
            });
        }
        return false;
    }
}

} // namespace sb::gui

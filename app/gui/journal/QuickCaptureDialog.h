#pragma once

#include <QDialog>
#include <QKeySequence>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace sb::gui {

// Notes an accomplishment in a few seconds, from anywhere in the window: a title and what
// happened. Enter in the title, or Ctrl+Enter anywhere, saves; Esc cancels. Saving is the
// caller's (on accepted()).
class QuickCaptureDialog : public QDialog {
    Q_OBJECT

public:
    explicit QuickCaptureDialog(QWidget* parent = nullptr);

    // The one shortcut that opens it.
    static QKeySequence shortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J); }

    // The title typed, or the first line of the text when no title was typed.
    QString title() const;
    QString text() const;
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSave();

    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sb::gui

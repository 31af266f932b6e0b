#pragma once

#include "core/Bank.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace sb::gui {

// One open bank in the GUI: the Bank, the undo stack whose commands write through it, and the
// save state shown to the user. There is no Save: every command writes when it is pushed.
class BankDocument : public QObject {
    Q_OBJECT

public:
    explicit BankDocument(std::unique_ptr<Bank> bank, QObject* parent = nullptr);
    ~BankDocument() override;

    Bank& bank() const { return *m_bank; }
    QUndoStack& undoStack() { return m_undoStack; }

    // Pushes a command (which writes when pushed) and says whether its write succeeded. A
    // failed command is deleted by the stack, so it must not be used after a false return.
    bool push(QUndoCommand* command);

    // Editors call this while typed text waits to be written (at most a second).
    void setPendingEdits(bool pending);
    bool hasPendingEdits() const { return m_pending; }

    // Reported by undo commands whose write failed; the message is for the user as it is.
    void reportWriteFailure(const QString& message);

signals:
    void saveStateChanged(const QString& text);
    void writeFailed(const QString& message);

private:
    std::unique_ptr<Bank> m_bank;
    QUndoStack m_undoStack;
    bool m_pending = false;
    bool m_writeFailed = false;
};

} // namespace sb::gui

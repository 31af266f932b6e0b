#pragma once

#include "core/Bank.h"
#include "core/BankError.h"

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

    // Reported by undo commands whose write failed.
    void reportWriteFailure(const BankError& error);
    // True from a write the disk refused (full, read-only, busy) until one succeeds again.
    bool isStorageFailing() const { return !m_storageProblem.isEmpty(); }
    // Whether the last refused push may succeed unchanged later (the disk or a busy bank); a
    // value the bank does not allow is refused again at every try, so editors stop offering it.
    bool lastFailureMayPass() const { return m_lastFailureMayPass; }

signals:
    void saveStateChanged(const QString& text);
    // For the user as it is. A disk that keeps refusing is reported once, not at every retry.
    void writeFailed(const QString& message);
    // The first write that succeeded after the disk refused some.
    void savingResumed();

private:
    std::unique_ptr<Bank> m_bank;
    QUndoStack m_undoStack;
    void showSaveState();

    bool m_pending = false;
    bool m_writeFailed = false;
    bool m_lastFailureMayPass = false;
    QString m_storageProblem; // why the disk refuses writes; empty while it takes them
};

} // namespace sb::gui

#include "app/gui/BankDocument.h"

namespace sb::gui {

BankDocument::BankDocument(std::unique_ptr<Bank> bank, QObject* parent)
    : QObject(parent), m_bank(std::move(bank))
{
}

BankDocument::~BankDocument()
{
    // Commands refer to the bank; drop them first.
    m_undoStack.clear();
}

namespace {

// Failures of the disk rather than of the change: the same write succeeds once they pass.
bool isStorageFailure(BankError::Code code)
{
    using Code = BankError::Code;
    return code == Code::DiskFull || code == Code::ReadOnly || code == Code::Io
        || code == Code::Busy;
}

} // namespace

bool BankDocument::push(QUndoCommand* command)
{
    m_writeFailed = false;
    m_undoStack.push(command);
    if (!m_writeFailed && isStorageFailing()) {
        m_storageProblem.clear();
        showSaveState();
        emit savingResumed();
    }
    return !m_writeFailed;
}

void BankDocument::setPendingEdits(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    showSaveState();
}

void BankDocument::showSaveState()
{
    if (isStorageFailing())
        emit saveStateChanged(tr("Not saved yet: trying again…"));
    else
        emit saveStateChanged(m_pending ? tr("Saving…") : tr("All changes saved"));
}

void BankDocument::reportWriteFailure(const BankError& error)
{
    m_writeFailed = true;
    m_lastFailureMayPass = isStorageFailure(error.code());
    if (!m_lastFailureMayPass) {
        emit saveStateChanged(tr("Not saved"));
        emit writeFailed(error.message());
        return;
    }
    // The editors retry every few seconds; one message for the whole outage is enough.
    const bool alreadyTold = isStorageFailing();
    m_storageProblem = error.message();
    showSaveState();
    if (!alreadyTold)
        emit writeFailed(error.message() + QStringLiteral("\n\n")
            + tr("What you typed stays in the window and is saved as soon as the bank can be "
                 "written again; keep the window open until then. Any other change needs "
                 "doing again."));
}

} // namespace sb::gui

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

void BankDocument::setPendingEdits(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    emit saveStateChanged(pending ? tr("Saving…") : tr("All changes saved"));
}

void BankDocument::reportWriteFailure(const QString& message)
{
    emit saveStateChanged(tr("Not saved"));
    emit writeFailed(message);
}

} // namespace sb::gui

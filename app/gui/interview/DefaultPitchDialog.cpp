#include "app/gui/interview/DefaultPitchDialog.h"

#include "app/gui/BankDocument.h"
#include "app/gui/interview/PitchEditor.h"
#include "app/gui/undo/PitchCommand.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::gui {

DefaultPitchDialog::DefaultPitchDialog(BankDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Tell Me About Yourself – StoryBank"));
    auto* intro = new QLabel(tr("Your answer to “Tell me about yourself”, in three parts. "
                                "Interviews use it unless they have their own. Changes are "
                                "saved as you type."));
    intro->setWordWrap(true);
    m_editor = new PitchEditor;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(620, 640);

    m_pitch = m_document.bank().defaultPitch();
    m_editor->setPitch(m_pitch);
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &DefaultPitchDialog::commitPending);
    connect(m_editor, &PitchEditor::edited, this, &DefaultPitchDialog::edited);
    connect(&m_document.bank(), &Bank::changed, this, &DefaultPitchDialog::onBankChanged);
}

void DefaultPitchDialog::edited()
{
    m_document.setPendingEdits(true);
    m_commitTimer.start(kCommitDelayMs);
}

bool DefaultPitchDialog::commitPending()
{
    m_commitTimer.stop();
    const Pitch edited = m_editor->pitch();
    if (!(edited == m_pitch)) {
        const Pitch before = m_pitch;
        m_pitch = edited; // first, so the change notification finds nothing new to show
        if (!m_document.push(
                new EditDefaultPitchCommand(m_document, before, edited, tr("Edit the pitch")))) {
            // Not written (disk full, bank busy): the text stays, still pending, and is
            // offered again until the bank takes it.
            m_pitch = before;
            m_commitTimer.start(kRetryDelayMs);
            return false;
        }
    }
    m_document.setPendingEdits(false);
    return true;
}

void DefaultPitchDialog::done(int result)
{
    commitPending();
    QDialog::done(result);
}

void DefaultPitchDialog::changeEvent(QEvent* event)
{
    // Leaving for the main window (its Undo, another story) writes the typing first, so it
    // takes its place in the history before anything else happens there.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && m_commitTimer.isActive())
        commitPending();
    QDialog::changeEvent(event);
}

void DefaultPitchDialog::onBankChanged(const BankChange& change)
{
    if (change.entity != BankChange::Entity::Pitch)
        return;
    const Pitch current = m_document.bank().defaultPitch();
    if (current == m_pitch)
        return; // our own write
    // Undo, redo or an import changed it. Typing not yet written wins; it is written next.
    m_pitch = current;
    if (!m_commitTimer.isActive())
        m_editor->setPitch(current);
}

} // namespace sb::gui

#include "app/gui/journal/JournalSection.h"

#include "app/gui/BankDocument.h"
#include "app/gui/journal/JournalCommands.h"
#include "app/gui/journal/JournalEditor.h"
#include "app/gui/journal/JournalListModel.h"
#include "app/gui/journal/JournalListPane.h"
#include "app/gui/journal/QuickCaptureDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

namespace sb::gui {

JournalSection::JournalSection(BankDocument& document, QObject* parent)
    : QObject(parent), m_document(document)
{
    m_pane = new JournalListPane(document.bank());
    m_editor = new JournalEditor(document);
    JournalListModel* model = m_pane->model();
    QListView* list = m_pane->list();
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, model, list](const QModelIndex& current) {
            // Typing the bank refused keeps its entry on screen, and selected.
            if (!m_editor->setEntry(model->entryAt(current)))
                list->setCurrentIndex(model->indexOf(m_editor->entry()));
        });
    // A rebuilt list (new order, an entry added or promoted) keeps the entry being edited.
    connect(model, &QAbstractItemModel::modelReset, this, [model, list, this] {
        const QModelIndex kept = model->indexOf(m_editor->entry());
        if (kept.isValid())
            list->setCurrentIndex(kept);
    });
    connect(m_pane->newButton(), &QPushButton::clicked, this, &JournalSection::newEntry);
    connect(m_pane->deleteButton(), &QPushButton::clicked, this, &JournalSection::deleteEntry);
    // Delete acts on the list only: in a text field it deletes text.
    auto* remove = new QAction(tr("Delete Journal Entry"), list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &JournalSection::deleteEntry);
    list->addAction(remove);
    connect(m_editor, &JournalEditor::storyRequested, this, &JournalSection::storyRequested);
}

void JournalSection::showStoryMaterial(bool only)
{
    commitPending();
    m_pane->showStoryMaterial(only);
    QListView* list = m_pane->list();
    if (!list->currentIndex().isValid() && m_pane->model()->rowCount() > 0)
        list->setCurrentIndex(m_pane->model()->index(0));
    else if (!list->currentIndex().isValid())
        m_editor->setEntry(JournalEntryId()); // nothing in the list: nothing in the editor
}

void JournalSection::selectEntry(JournalEntryId id)
{
    if (!m_pane->model()->indexOf(id).isValid())
        m_pane->showStoryMaterial(false); // a promoted entry is not story material any more
    m_pane->selectEntry(id);
}

void JournalSection::newEntry()
{
    commitPending();
    JournalEntry entry;
    entry.date = QDate::currentDate();
    entry.title = tr("New journal entry");
    auto* command = new AddJournalEntryCommand(m_document, entry);
    if (!m_document.push(command))
        return;
    selectEntry(command->entry());
    m_editor->focusTitle();
}

void JournalSection::deleteEntry()
{
    QListView* list = m_pane->list();
    const QModelIndex current = list->currentIndex();
    const JournalEntryId id = m_pane->model()->entryAt(current);
    if (!id.isValid())
        return;
    commitPending();
    if (!m_document.push(new RemoveJournalEntryCommand(m_document, id)))
        return;
    emit undoableDone(tr("Journal entry deleted."));
    const int rows = m_pane->model()->rowCount();
    if (rows > 0)
        list->setCurrentIndex(m_pane->model()->index(std::min(current.row(), rows - 1)));
}

QuickCaptureDialog* JournalSection::quickCapture(QWidget* window)
{
    if (m_capture && m_capture->isVisible()) { // pressed again while open: back to it
        m_capture->raise();
        m_capture->activateWindow();
        return m_capture;
    }
    m_capture = new QuickCaptureDialog(window);
    m_capture->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_capture, &QDialog::accepted, this, [this, dialog = m_capture.data()] {
        if (capture(dialog->title(), dialog->text()).isValid())
            emit undoableDone(tr("Noted in the journal: “%1”.").arg(dialog->title()));
    });
    m_capture->show();
    m_capture->activateWindow();
    m_capture->titleEdit()->setFocus(Qt::ShortcutFocusReason); // keyboard first
    return m_capture;
}

JournalEntryId JournalSection::capture(const QString& title, const QString& text)
{
    commitPending();
    JournalEntry entry;
    entry.date = QDate::currentDate();
    entry.title = title;
    entry.details = text;
    auto* command = new AddJournalEntryCommand(m_document, entry);
    if (!m_document.push(command))
        return {};
    return command->entry();
}

bool JournalSection::commitPending()
{
    return m_editor->commitPending();
}

} // namespace sb::gui

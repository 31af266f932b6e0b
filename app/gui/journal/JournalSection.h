#pragma once

#include "core/model/Id.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace sb::gui {

class BankDocument;
class JournalEditor;
class JournalListPane;
class QuickCaptureDialog;

// The brag journal in the main window: its list pane and editor wired together, and the
// journal's actions (new, delete, quick capture) as undoable commands. The window places the
// two widgets and routes the navigator here.
class JournalSection : public QObject {
    Q_OBJECT

public:
    explicit JournalSection(BankDocument& document, QObject* parent = nullptr);

    JournalListPane* pane() const { return m_pane; }
    JournalEditor* editor() const { return m_editor; }

    // The navigator chose the Journal (every entry) or its story material.
    void showStoryMaterial(bool only);
    void selectEntry(JournalEntryId id);
    void newEntry();
    void deleteEntry();
    // Opens the quick capture dialog over `window` (not blocking); what is saved there becomes
    // an entry dated today.
    QuickCaptureDialog* quickCapture(QWidget* window);
    // Writes an entry dated today as one undoable step; invalid when the bank refused it.
    JournalEntryId capture(const QString& title, const QString& text);
    bool commitPending();

signals:
    void storyRequested(sb::StoryId story);
    // Something was done that one undo brings back; the window tells the user so.
    void undoableDone(const QString& what);

private:
    BankDocument& m_document;
    JournalListPane* m_pane = nullptr;
    JournalEditor* m_editor = nullptr;
    QPointer<QuickCaptureDialog> m_capture;
};

} // namespace sb::gui

#pragma once

#include "app/gui/BackgroundTask.h"
#include "core/exchange/BankExport.h"

#include "core/exchange/ImportDocument.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace sb::gui {

class BankDocument;

// File › Import Notes, Import Folder and Export: bringing notes in (after a preview of what
// they add) and taking the whole bank out as Markdown or JSON.
class ExchangeActions : public QObject {
    Q_OBJECT

public:
    enum class AskImport { Files, Folder };

    ExchangeActions(BankDocument& document, QWidget* window);

    void addTo(QMenu* file);

    // Both read and write off the GUI thread, behind a progress dialog with Cancel; they
    // return at once and report through finished() or showProblem. One runs at a time.
    void importNotes(AskImport ask);
    void exportBank(ExportFormat format);

    // The reading or export under way, if any (tests cancel it and wait for it).
    BackgroundTask* task() const { return m_task; }

    // Replaceable for tests: how paths are asked for (empty: cancelled), whether the preview
    // is accepted, and how a refusal is shown.
    std::function<QStringList(AskImport)> askImportPaths;
    std::function<QString(ExportFormat)> askExportPath;
    std::function<bool(class ImportPreviewDialog&)> confirmPreview;
    std::function<void(const QString& title, const QString& message)> showProblem;
    // Called before anything is read or written, so typing still waiting is in the bank.
    std::function<void()> commitPending;

signals:
    // A one-line report for the status bar.
    void finished(const QString& message);

private:
    void previewAndImport(const QList<ImportDocument>& documents);

    BankDocument& m_document;
    QWidget* m_window;
    QPointer<BackgroundTask> m_task;
};

} // namespace sb::gui

#pragma once

#include "core/exchange/BankExport.h"

#include <QObject>
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

    void importNotes(AskImport ask);
    void exportBank(ExportFormat format);

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
    BankDocument& m_document;
    QWidget* m_window;
};

} // namespace sb::gui

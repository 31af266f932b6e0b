#include "app/gui/exchange/ExchangeActions.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/BankDocument.h"
#include "app/gui/CountText.h"
#include "app/gui/exchange/ImportPreviewDialog.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/exchange/ImportSources.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

namespace sb::gui {

namespace {

QString startFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ExchangeActions::ExchangeActions(BankDocument& document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
    askImportPaths = [this](AskImport ask) {
        if (ask == AskImport::Folder) {
            const QString folder = QFileDialog::getExistingDirectory(
                m_window, tr("Import a Folder of Notes"), startFolder());
            return folder.isEmpty() ? QStringList() : QStringList {folder};
        }
        return QFileDialog::getOpenFileNames(m_window, tr("Import Notes"), startFolder(),
            tr("Notes and StoryBank exports (*.md *.markdown *.txt *.json);;"
               "Markdown notes (*.md *.markdown *.txt);;StoryBank exports (*.json)"));
    };
    askExportPath = [this](ExportFormat format) {
        const QString base =
            QDir(startFolder()).filePath(QFileInfo(m_document.bank().path()).completeBaseName());
        switch (format) {
        case ExportFormat::Json:
            return QFileDialog::getSaveFileName(m_window, tr("Export as JSON"),
                base + QStringLiteral(".json"), tr("StoryBank exports (*.json)"));
        case ExportFormat::Markdown:
            return QFileDialog::getSaveFileName(m_window, tr("Export as Markdown"),
                base + QStringLiteral(".md"), tr("Markdown (*.md)"));
        case ExportFormat::MarkdownFolder:
            return QFileDialog::getExistingDirectory(
                m_window, tr("Export to an Empty Folder"), startFolder());
        }
        return QString();
    };
    confirmPreview = [](ImportPreviewDialog& preview) {
        return preview.exec() == QDialog::Accepted;
    };
    showProblem = [this](const QString& title, const QString& message) {
        QMessageBox::warning(m_window, title, message);
    };
    commitPending = [] {};
}

void ExchangeActions::addTo(QMenu* file)
{
    file->addAction(tr("&Import Notes…"), this, [this] { importNotes(AskImport::Files); });
    file->addAction(
        tr("Import &Folder of Notes…"), this, [this] { importNotes(AskImport::Folder); });
    QMenu* out = file->addMenu(tr("&Export"));
    out->addAction(tr("As &Markdown File…"), this, [this] { exportBank(ExportFormat::Markdown); });
    out->addAction(tr("As Markdown &Folder (a File per Story)…"), this,
        [this] { exportBank(ExportFormat::MarkdownFolder); });
    out->addAction(tr("As &JSON (Everything, to Import Elsewhere)…"), this,
        [this] { exportBank(ExportFormat::Json); });
}

void ExchangeActions::importNotes(AskImport ask)
{
    if (m_task)
        return;
    const QStringList paths = askImportPaths(ask);
    if (paths.isEmpty())
        return;
    commitPending();
    // Filled on the worker; read here only once it has finished.
    auto documents = std::make_shared<QList<ImportDocument>>();
    m_task = new BackgroundTask(tr("Reading notes…"), m_window, this);
    m_task->start(
        [paths, documents](BackgroundTask::Progress& progress) {
            progress.report(0, 0, tr("Looking for notes…"));
            const QList<ImportFile> files = ImportSources::collect(paths);
            const int total = int(files.size());
            for (int i = 0; i < total; ++i) {
                progress.checkpoint();
                // No translation file supplies English plurals to %n: one file is said apart.
                progress.report(i, total,
                    total == 1 ? tr("Reading the note…")
                               : tr("Reading notes… %1 of %2 files").arg(i + 1).arg(total));
                documents->append(ImportSources::read(files.at(i)));
            }
        },
        [this, documents](BackgroundTask::Outcome outcome, const QString& error) {
            m_task = nullptr;
            if (outcome == BackgroundTask::Outcome::Failed)
                showProblem(tr("Import Notes"), tr("Nothing was imported. %1").arg(error));
            else if (outcome == BackgroundTask::Outcome::Cancelled)
                emit finished(tr("Import cancelled; nothing was imported."));
            else
                previewAndImport(*documents);
        });
}

void ExchangeActions::previewAndImport(const QList<ImportDocument>& documents)
{
    // The bank lives on this thread with its one connection: the preview reads it and the
    // import writes it here, in one transaction.
    ImportPreviewDialog preview(m_document.bank(), documents, m_window);
    if (!confirmPreview(preview) || !preview.canImport())
        return;
    try {
        const ImportSummary summary = m_document.bank().importDocuments(documents);
        emit finished(tr("Imported %1 and %2, with %3.")
                          .arg(questionsText(summary.questionsAdded),
                              storiesText(summary.storiesAdded), linksText(summary.linksAdded)));
    } catch (const BankError& error) {
        showProblem(tr("Import Notes"), tr("Nothing was imported. %1").arg(error.message()));
    }
}

void ExchangeActions::exportBank(ExportFormat format)
{
    if (m_task)
        return;
    QString path = askExportPath(format);
    if (path.isEmpty())
        return;
    // The save dialog may be left without the ending the format needs.
    if (format == ExportFormat::Json && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (format == ExportFormat::Markdown && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    commitPending();
    const QString bankPath = m_document.bank().path();
    m_task = new BackgroundTask(tr("Exporting the bank…"), m_window, this);
    m_task->start(
        [bankPath, format, path](BackgroundTask::Progress& progress) {
            // A connection of the worker's own: the bank's lives on the GUI thread. WAL lets
            // it read beside that one, and opening a bank already at the current schema
            // writes nothing. The window's bank was checked when opened, so not every page is
            // read again.
            const std::unique_ptr<Bank> reader =
                Bank::open(bankPath, Bank::OpenOptions {.checkIntegrity = false});
            progress.checkpoint();
            BankExport::write(*reader, format, path, [&progress] { progress.checkpoint(); });
        },
        [this, path](BackgroundTask::Outcome outcome, const QString& error) {
            m_task = nullptr;
            if (outcome == BackgroundTask::Outcome::Failed)
                showProblem(tr("Export"), error);
            else if (outcome == BackgroundTask::Outcome::Cancelled)
                emit finished(tr("Export cancelled."));
            else
                emit finished(tr("Exported the bank to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace sb::gui

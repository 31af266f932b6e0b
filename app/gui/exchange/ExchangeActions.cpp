#include "app/gui/exchange/ExchangeActions.h"

#include "app/gui/BankDocument.h"
#include "app/gui/CountText.h"
#include "app/gui/exchange/ImportPreviewDialog.h"
#include "core/BankError.h"
#include "core/exchange/ImportSources.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

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
    const QStringList paths = askImportPaths(ask);
    if (paths.isEmpty())
        return;
    commitPending();
    const QString title = tr("Import Notes");
    QList<ImportDocument> documents;
    try {
        documents = ImportSources::readAll(paths);
    } catch (const BankError& error) {
        showProblem(title, tr("Nothing was imported. %1").arg(error.message()));
        return;
    }
    ImportPreviewDialog preview(m_document.bank(), documents, m_window);
    if (!confirmPreview(preview) || !preview.canImport())
        return;
    try {
        const ImportSummary summary = m_document.bank().importDocuments(documents);
        emit finished(tr("Imported %1 and %2, with %3.")
                          .arg(questionsText(summary.questionsAdded),
                              storiesText(summary.storiesAdded), linksText(summary.linksAdded)));
    } catch (const BankError& error) {
        showProblem(title, tr("Nothing was imported. %1").arg(error.message()));
    }
}

void ExchangeActions::exportBank(ExportFormat format)
{
    QString path = askExportPath(format);
    if (path.isEmpty())
        return;
    // The save dialog may be left without the ending the format needs.
    if (format == ExportFormat::Json && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (format == ExportFormat::Markdown && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    commitPending();
    try {
        BankExport::write(m_document.bank(), format, path);
        emit finished(tr("Exported the bank to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const BankError& error) {
        showProblem(tr("Export"), error.message());
    }
}

} // namespace sb::gui

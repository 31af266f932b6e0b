#include "app/gui/sheet/CheatSheetWindow.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/sheet/SheetOptionsPanel.h"
#include "app/print/SheetDocument.h"
#include "app/print/SheetExport.h"
#include "app/print/SheetFitter.h"
#include "app/print/SheetPdf.h"
#include "app/print/SheetPrinting.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/sheet/SheetComposer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

// Choices change in bursts (ticking several categories): lay out once the burst is over.
constexpr int kRefreshDelayMs = 250;

// Runs on a worker. The preview's document belongs to the GUI thread, so the sheet is laid out
// again here with the style the fit chose: the same pages as the preview. Cancelled before the
// commit, the save file is discarded and nothing is written.
void writePdf(BackgroundTask::Progress& progress, const CheatSheet& sheet,
    const print::SheetStyle& style, const QString& path)
{
    const std::unique_ptr<QTextDocument> document = print::SheetDocument::build(sheet, style);
    progress.checkpoint();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        print::SheetPdf::write(*document, style, &file);
        progress.checkpoint();
        if (file.commit())
            return;
    }
    throw BankError(BankError::Code::Io,
        CheatSheetWindow::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

CheatSheetWindow::CheatSheetWindow(const Bank& bank, QWidget* parent)
    : QDialog(parent), m_bank(bank), m_printer(std::make_unique<QPrinter>())
{
    setWindowTitle(tr("Cheat Sheet – StoryBank"));
    setMinimumSize(900, 600);
    resize(1200, 780);
    m_options = new SheetOptionsPanel(bank);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_options);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the choices fit its width
    scroll->setMinimumWidth(m_options->sizeHint().width() + 24);
    scroll->setMaximumWidth(m_options->sizeHint().width() + 80);

    m_preview = new QPrintPreviewWidget(m_printer.get());
    m_preview->setAccessibleName(tr("Preview of the printed sheet"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_fit.document)
            print::SheetPrinting::print(m_fit, printer);
    });
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setDefault(true);
    connect(printButton, &QPushButton::clicked, this, &CheatSheetWindow::printSheet);
    const QList<std::pair<QString, QString>> formats {{tr("Export P&DF…"), QStringLiteral("pdf")},
        {tr("Export &HTML…"), QStringLiteral("html")},
        {tr("Export &Markdown…"), QStringLiteral("md")}};
    m_outputs.append(printButton);
    for (const auto& [label, suffix] : formats) {
        QPushButton* button = buttons->addButton(label, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, [this, suffix] { exportAs(suffix); });
        m_outputs.append(button);
    }
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_status);
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);

    askPath = [this](const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("Export Cheat Sheet"), suggested, filter);
    };
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CheatSheetWindow::refresh);
    connect(m_options, &SheetOptionsPanel::changed, &m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

CheatSheetWindow::~CheatSheetWindow() = default;

void CheatSheetWindow::refresh()
{
    m_refreshTimer.stop();
    m_sheet = SheetComposer::compose(m_bank, m_options->request());
    if (m_sheet.categories.isEmpty()) { // questions to ask alone do not make a cheat sheet
        m_fit = print::SheetFit {};
        m_status->setText(m_options->request().readyOnly
                ? tr("No ready story matches these choices. Mark stories ready, or untick "
                     "“Only stories marked ready”.")
                : tr("No story matches these choices."));
    } else {
        m_fit = print::SheetFitter::fit(m_sheet, m_options->style(), m_options->pages());
        m_status->setText(m_fit.status());
    }
    for (QPushButton* button : std::as_const(m_outputs))
        button->setEnabled(m_fit.document && m_fit.fits);
    m_preview->updatePreview();
}

void CheatSheetWindow::setInterview(std::optional<InterviewId> interview)
{
    m_options->setInterview(interview);
    refresh();
}

void CheatSheetWindow::exportTo(const QString& path)
{
    if (m_refreshTimer.isActive())
        refresh(); // the choices just made
    if (!m_fit.document || !m_fit.fits) {
        showNotExported({});
        return;
    }
    if (print::SheetExport::formatForPath(path) == print::SheetFormat::Pdf) {
        exportPdf(path);
        return;
    }
    // HTML and Markdown are text made in a moment: written here.
    QString error;
    if (print::SheetExport::write(path, m_sheet, m_fit, &error))
        showSaved(path);
    else
        showNotExported(error);
}

void CheatSheetWindow::exportPdf(const QString& path)
{
    if (m_task)
        return;
    m_task = new BackgroundTask(tr("Writing the PDF…"), this, this);
    m_task->start(
        [sheet = m_sheet, style = m_fit.style, path](
            BackgroundTask::Progress& progress) { writePdf(progress, sheet, style, path); },
        [this, path](BackgroundTask::Outcome outcome, const QString& error) {
            m_task = nullptr;
            if (outcome == BackgroundTask::Outcome::Done)
                showSaved(path);
            else if (outcome == BackgroundTask::Outcome::Failed)
                showNotExported(error);
            else
                m_status->setText(tr("PDF export cancelled."));
        });
}

void CheatSheetWindow::showSaved(const QString& path)
{
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void CheatSheetWindow::showNotExported(const QString& error)
{
    QMessageBox::warning(this, tr("Not Exported"),
        error.isEmpty() ? tr("There is no sheet to export with these choices.") : error);
}

void CheatSheetWindow::exportAs(const QString& suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_sheet.title.isEmpty() ? tr("Cheat sheet") : m_sheet.title;
    const QString suggested = QDir(folder).filePath(base + u'.' + suffix);
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)")
        : suffix == QLatin1String("html")                 ? tr("Web page (*.html)")
                                                          : tr("Markdown (*.md)");
    QString path = askPath(suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    exportTo(path);
}

void CheatSheetWindow::printSheet()
{
    if (!m_fit.document)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        print::SheetPrinting::print(m_fit, &printer);
}

} // namespace sb::gui

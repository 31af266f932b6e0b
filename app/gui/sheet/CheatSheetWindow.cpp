#include "app/gui/sheet/CheatSheetWindow.h"

#include "app/gui/sheet/SheetOptionsPanel.h"
#include "app/print/SheetExport.h"
#include "app/print/SheetFitter.h"
#include "app/print/SheetPrinting.h"
#include "core/Bank.h"
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
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

// Choices change in bursts (ticking several categories): lay out once the burst is over.
constexpr int kRefreshDelayMs = 250;

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

bool CheatSheetWindow::exportTo(const QString& path)
{
    if (m_refreshTimer.isActive())
        refresh(); // the choices just made
    QString error;
    if (m_fit.document && m_fit.fits && print::SheetExport::write(path, m_sheet, m_fit, &error))
        return true;
    QMessageBox::warning(this, tr("Not Exported"),
        error.isEmpty() ? tr("There is no sheet to export with these choices.") : error);
    return false;
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
    if (exportTo(path))
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
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

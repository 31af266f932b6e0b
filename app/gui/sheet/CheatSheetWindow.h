#pragma once

#include "app/gui/BackgroundTask.h"
#include "app/print/SheetFit.h"
#include "core/sheet/CheatSheet.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace sb {
class Bank;
}

namespace sb::gui {

class SheetOptionsPanel;

// The cheat sheet: its choices beside a live preview of the printed page, and Print and Export
// to PDF, HTML or Markdown. The preview is what prints: the same fitted document.
class CheatSheetWindow : public QDialog {
    Q_OBJECT

public:
    explicit CheatSheetWindow(const Bank& bank, QWidget* parent = nullptr);
    ~CheatSheetWindow() override;

    SheetOptionsPanel* options() const { return m_options; }
    const print::SheetFit& fit() const { return m_fit; }
    const CheatSheet& sheet() const { return m_sheet; }
    QLabel* statusLabel() const { return m_status; }

    // Composes and fits the sheet again now (the options do it after a short pause).
    void refresh();
    // Makes it the sheet for one interview (or for the whole bank, with none), composed now.
    void setInterview(std::optional<InterviewId> interview);
    // Writes the sheet where asked; the format follows the file name. Says why when it cannot,
    // and "Saved …" in the status line when it has. A PDF is written off the GUI thread, so
    // it may still be under way when this returns (see task()).
    void exportTo(const QString& path);
    void exportAs(const QString& suffix);
    // The PDF being written, if any.
    BackgroundTask* task() const { return m_task; }

    // Tests answer the save dialog here.
    std::function<QString(const QString& suggested, const QString& filter)> askPath;

private:
    void printSheet();
    void exportPdf(const QString& path);
    void showSaved(const QString& path);
    void showNotExported(const QString& error);

    const Bank& m_bank;
    SheetOptionsPanel* m_options = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QLabel* m_status = nullptr;
    QList<QPushButton*> m_outputs;
    QTimer m_refreshTimer;
    CheatSheet m_sheet;
    print::SheetFit m_fit;
    QPointer<BackgroundTask> m_task;
};

} // namespace sb::gui

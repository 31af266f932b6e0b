#pragma once

#include "core/exchange/ImportDocument.h"
#include "core/exchange/ImportSummary.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb {
class Bank;
}

namespace sb::gui {

// Shows what an import will add before anything is written: the figures of a dry run, then
// the questions, stories, new categories and warnings, each with the file and line it comes
// from. Accepting it means "import"; the caller does the real import.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    // Runs the dry run on bank (which writes nothing and announces nothing).
    ImportPreviewDialog(
        Bank& bank, const QList<ImportDocument>& documents, QWidget* parent = nullptr);

    // False when the dry run failed (the reason is shown) or there is nothing to add.
    bool canImport() const;
    const ImportSummary& summary() const { return m_summary; }
    QTreeWidget* tree() const { return m_tree; }

private:
    void fillQuestions(const Bank& bank, const QList<ImportDocument>& documents);
    void fillStories(const Bank& bank, const QList<ImportDocument>& documents);
    void fillCategories(const Bank& bank, const QList<ImportDocument>& documents);
    void fillWarnings();
    QTreeWidgetItem* group(const QString& title);
    QString headline() const;

    ImportSummary m_summary;
    bool m_failed = false;
    QLabel* m_headline;
    QTreeWidget* m_tree;
    QDialogButtonBox* m_buttons;
};

} // namespace sb::gui

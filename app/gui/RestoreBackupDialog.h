#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace sb::gui {

// File › Restore from Backup…: the bank's automatic copies, newest first, or a copy chosen from
// anywhere. selectedPath() is the copy to restore once the dialog is accepted.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString& bankPath, QWidget* parent = nullptr);

    QString selectedPath() const { return m_chosen; }
    // "the copy saved on Tuesday, 1 December 2026 at 09:14", from the file's time: what people
    // remember, rather than a file name.
    static QString describe(const QString& backupPath);
    int backupCount() const;
    QListWidget* list() const { return m_list; }

private:
    void chooseFile();
    void updateButtons();

    QString m_bankPath;
    QListWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_chosen;
};

} // namespace sb::gui

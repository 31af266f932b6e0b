#include "app/gui/RestoreBackupDialog.h"

#include "core/backup/BankBackups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

QString kindText(BackupFile::Kind kind)
{
    switch (kind) {
    case BackupFile::Kind::Daily:
        return RestoreBackupDialog::tr("as it was");
    case BackupFile::Kind::Weekly:
        return RestoreBackupDialog::tr("as it was (the week's copy)");
    case BackupFile::Kind::BeforeRestore:
        return RestoreBackupDialog::tr("as it was before a restore");
    case BackupFile::Kind::BeforeRepair:
        return RestoreBackupDialog::tr("as it was before a repair");
    }
    return {};
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& bankPath, QWidget* parent)
    : QDialog(parent), m_bankPath(bankPath)
{
    setWindowTitle(tr("Restore from Backup"));
    const BankBackups backups(bankPath);
    auto* intro = new QLabel(tr("StoryBank keeps a copy of this bank for each of the last seven "
                                "days you used it and for each of the last four weeks. Choose "
                                "the copy to go back to. The bank as it is now is kept too, so "
                                "you can change your mind."));
    intro->setWordWrap(true);

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Backups"));
    const QLocale locale;
    const QList<BackupFile> all = backups.list();
    QSet<QDate> dailyDates;
    for (const BackupFile& backup : all) {
        if (backup.kind == BackupFile::Kind::Daily)
            dailyDates.insert(backup.date);
    }
    for (const BackupFile& backup : all) {
        // A week's copy taken on a day that has its own copy holds the same: listed once.
        if (backup.kind == BackupFile::Kind::Weekly && dailyDates.contains(backup.date))
            continue;
        const QFileInfo file(backup.path);
        auto* item = new QListWidgetItem(
            tr("%1 — %2 at %3 (%4)")
                .arg(locale.toString(backup.date, QLocale::LongFormat), kindText(backup.kind),
                    locale.toString(file.lastModified().time(), QLocale::ShortFormat),
                    locale.formattedDataSize(file.size(), 0)));
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
        m_list->addItem(item);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto* none = new QLabel(tr("There are no backups of this bank yet. StoryBank makes the first "
                               "one a moment after the bank opens."));
    none->setWordWrap(true);
    none->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton* other = buttons->addButton(tr("Choose a &File…"), QDialogButtonBox::ActionRole);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem()) {
            m_chosen = item->data(Qt::UserRole).toString();
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, m_restore, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreBackupDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(none);
    layout->addWidget(buttons);
    updateButtons();
    resize(640, 380);
}

QString RestoreBackupDialog::describe(const QString& backupPath)
{
    const QDateTime saved = QFileInfo(backupPath).lastModified();
    const QLocale locale;
    return tr("the copy saved on %1 at %2")
        .arg(locale.toString(saved.date(), QLocale::LongFormat),
            locale.toString(saved.time(), QLocale::ShortFormat));
}

int RestoreBackupDialog::backupCount() const
{
    return m_list->count();
}

void RestoreBackupDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
    m_restore->setDefault(m_restore->isEnabled());
}

void RestoreBackupDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a Copy"),
        QFileInfo(m_bankPath).absolutePath(), tr("StoryBank banks (*.storybank)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

} // namespace sb::gui

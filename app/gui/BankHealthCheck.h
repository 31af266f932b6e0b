#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace sb::gui {

// Reads every page of a bank the editor has just opened (Bank::verify, on a worker thread with
// its own read-only connection), so a damaged file is still found, while the window of a bank
// of thousands of stories shows at once instead of after that read. A bank found healthy then
// gets the automatic backup copies that are due (BankBackups); a damaged one never does, so it
// cannot push a good copy out of the rotation.
class BankHealthCheck : public QObject {
    Q_OBJECT

public:
    explicit BankHealthCheck(QString path, QObject* parent = nullptr);
    // The day whose backups are due (tests set it; the default is today).
    QDate today = QDate::currentDate();
    ~BankHealthCheck() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // What is wrong, in words for the user (it names the file).
    void damaged(const QString& message);
    // The bank is healthy but its backup could not be written (a full disk, a read-only folder).
    void backupFailed(const QString& message);
    void finished();

private:
    QString m_path;
    struct Outcome {
        QString damage;
        QString backupFailure;
    };
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace sb::gui

#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace sb::gui {

// Reads every page of a bank the editor has just opened (Bank::verify, on a worker thread with
// its own read-only connection), so a damaged file is still found, while the window of a bank
// of thousands of stories shows at once instead of after that read.
class BankHealthCheck : public QObject {
    Q_OBJECT

public:
    explicit BankHealthCheck(QString path, QObject* parent = nullptr);
    ~BankHealthCheck() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // What is wrong, in words for the user (it names the file).
    void damaged(const QString& message);
    void finished();

private:
    QString m_path;
    QFutureWatcher<QString> m_watcher;
};

} // namespace sb::gui

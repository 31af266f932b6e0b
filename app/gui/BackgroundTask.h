#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QProgressDialog;
class QWidget;

namespace sb::gui {

// Runs one job that can take longer than a frame (reading notes, exporting, writing a PDF) on
// a worker thread, so the window keeps painting. A progress dialog with Cancel appears only if
// the job is still running after a moment; the outcome arrives on the GUI thread, once.
//
// Cancel answers at once: the caller hears Cancelled and the window is free again, while the
// worker stops at its next checkpoint and whatever it still makes is dropped. A job therefore
// owns everything it touches (copies, its own bank connection), never the caller's objects.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Done, Failed, Cancelled };

    // The job's side, used on the worker while the GUI thread reads it.
    class Progress {
    public:
        // Stops the job here when Cancel was pressed: call it where stopping leaves nothing
        // half done (between files, before a file is committed).
        void checkpoint() const;
        bool cancelRequested() const { return m_cancelled.load(); }
        // How far the job is, shown in the dialog; total 0 shows it busy without a count.
        void report(int done, int total, const QString& label);

    private:
        friend class BackgroundTask;
        struct Snapshot {
            int done = 0;
            int total = 0;
            QString label;
        };
        Snapshot snapshot() const;

        std::atomic<bool> m_cancelled {false};
        mutable std::mutex m_mutex;
        Snapshot m_shown;
    };

    using Job = std::function<void(Progress&)>;
    // Done, Cancelled, or Failed with the message to show.
    using Finish = std::function<void(Outcome, const QString& error)>;

    // How long a job may run before the dialog shows: shorter ones never flash a window.
    static constexpr int kShowAfterMs = 300;

    // The dialog is modal over window; the task deletes itself once it has finished.
    BackgroundTask(const QString& label, QWidget* window, QObject* parent);
    // Destroyed early (its owner closed), it cancels: the job still running commits nothing.
    ~BackgroundTask() override;

    void start(Job job, Finish finish);
    // What the dialog's Cancel does.
    void cancel();

    // Null until the job has run for kShowAfterMs.
    QProgressDialog* dialog() const;

private:
    struct Result {
        Outcome outcome = Outcome::Done;
        QString error;
    };

    void showDialog();
    void updateDialog();
    void deliver(const Result& result);

    QString m_label;
    QPointer<QWidget> m_window;
    std::shared_ptr<Progress> m_progress;
    Finish m_finish;
    QFutureWatcher<Result> m_watcher;
    QTimer m_showTimer;
    QTimer m_pollTimer;
    QPointer<QProgressDialog> m_dialog;
    bool m_delivered = false;
};

} // namespace sb::gui

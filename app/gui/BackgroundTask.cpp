#include "app/gui/BackgroundTask.h"

#include "core/BankError.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sb::gui {

namespace {

// Thrown by checkpoint() and caught only in the worker's wrapper: no job can mistake it for a
// failure of its own.
struct Stopped { };

// How often the dialog reads the job's progress: smooth enough, and the job never waits on
// the GUI thread to tell it.
constexpr int kPollMs = 100;

} // namespace

void BackgroundTask::Progress::checkpoint() const
{
    if (m_cancelled.load())
        throw Stopped {};
}

void BackgroundTask::Progress::report(int done, int total, const QString& label)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_shown = {done, total, label};
}

BackgroundTask::Progress::Snapshot BackgroundTask::Progress::snapshot() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_shown;
}

BackgroundTask::BackgroundTask(const QString& label, QWidget* window, QObject* parent)
    : QObject(parent), m_label(label), m_window(window), m_progress(std::make_shared<Progress>())
{
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(kShowAfterMs);
    connect(&m_showTimer, &QTimer::timeout, this, &BackgroundTask::showDialog);
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &BackgroundTask::updateDialog);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this,
        [this] { deliver(m_watcher.result()); });
}

BackgroundTask::~BackgroundTask()
{
    m_progress->m_cancelled = true;
    delete m_dialog.data();
}

void BackgroundTask::start(Job job, Finish finish)
{
    m_finish = std::move(finish);
    // The worker holds its own share of the progress: it may outlive this object.
    m_watcher.setFuture(QtConcurrent::run([progress = m_progress, job = std::move(job)] {
        try {
            job(*progress);
            return Result {Outcome::Done, {}};
        } catch (const Stopped&) {
            return Result {Outcome::Cancelled, {}};
        } catch (const BankError& error) {
            return Result {Outcome::Failed, error.message()};
        } catch (const std::exception& error) {
            return Result {Outcome::Failed, QString::fromUtf8(error.what())};
        } catch (...) {
            return Result {Outcome::Failed, tr("Something unexpected stopped the work.")};
        }
    }));
    m_showTimer.start();
}

void BackgroundTask::cancel()
{
    m_progress->m_cancelled = true;
    deliver({Outcome::Cancelled, {}});
}

QProgressDialog* BackgroundTask::dialog() const
{
    return m_dialog;
}

void BackgroundTask::showDialog()
{
    if (m_delivered)
        return;
    m_dialog = new QProgressDialog(m_label, tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(m_label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    updateDialog();
    m_dialog->show();
    m_pollTimer.start();
}

void BackgroundTask::updateDialog()
{
    if (!m_dialog)
        return;
    const Progress::Snapshot shown = m_progress->snapshot();
    m_dialog->setLabelText(shown.label.isEmpty() ? m_label : shown.label);
    m_dialog->setRange(0, shown.total);
    if (shown.total > 0)
        m_dialog->setValue(shown.done);
}

void BackgroundTask::deliver(const Result& result)
{
    if (m_delivered)
        return;
    m_delivered = true;
    m_showTimer.stop();
    m_pollTimer.stop();
    m_watcher.disconnect(this);
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    const Finish finish = std::move(m_finish);
    if (finish)
        finish(result.outcome, result.error);
    deleteLater();
}

} // namespace sb::gui

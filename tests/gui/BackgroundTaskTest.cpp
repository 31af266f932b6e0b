// BackgroundTask: the job runs on a worker, its outcome arrives once on the GUI thread, the
// dialog shows only for a job that takes a while, and Cancel stops the job at its next
// checkpoint.

#include "app/gui/BackgroundTask.h"
#include "core/BankError.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>

namespace sb::test {
namespace {

using gui::BackgroundTask;

class BackgroundTaskTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        release = true; // a job still waiting must not outlive the test
        QThreadPool::globalInstance()->waitForDone();
    }

    // Starts a task whose outcome lands in outcome/error and the thread it arrived on.
    QPointer<BackgroundTask> start(BackgroundTask::Job job)
    {
        auto* task = new BackgroundTask(QStringLiteral("Working…"), &window, &window);
        task->start(std::move(job), [this](BackgroundTask::Outcome result, const QString& why) {
            ++deliveries;
            outcome = result;
            error = why;
            deliveredOn = QThread::currentThread();
        });
        return task;
    }

    bool waitForOutcome()
    {
        return QTest::qWaitFor([this] { return outcome.has_value(); }, 10000);
    }

    // A job that holds the worker until release, then passes a checkpoint.
    BackgroundTask::Job heldJob()
    {
        return [this](BackgroundTask::Progress& progress) {
            while (!release)
                QThread::msleep(5);
            progress.checkpoint();
            passedCheckpoint = true;
        };
    }

    QWidget window;
    std::optional<BackgroundTask::Outcome> outcome;
    QString error;
    QThread* deliveredOn = nullptr;
    int deliveries = 0;
    std::atomic<bool> release {false};
    std::atomic<bool> passedCheckpoint {false};
};

TEST_F(BackgroundTaskTest, RunsTheJobOnAWorkerAndDeliversOnTheGuiThread)
{
    std::atomic<QThread*> ranOn {nullptr};
    const QPointer<BackgroundTask> task =
        start([&ranOn](BackgroundTask::Progress&) { ranOn = QThread::currentThread(); });
    ASSERT_TRUE(waitForOutcome());
    EXPECT_EQ(*outcome, BackgroundTask::Outcome::Done);
    EXPECT_NE(ranOn.load(), nullptr);
    EXPECT_NE(ranOn.load(), QApplication::instance()->thread());
    EXPECT_EQ(deliveredOn, QApplication::instance()->thread());
    EXPECT_TRUE(QTest::qWaitFor([&] { return task.isNull(); }, 2000)) << "deletes itself";
    EXPECT_EQ(deliveries, 1);
}

TEST_F(BackgroundTaskTest, AFailureArrivesWithItsMessage)
{
    start([](BackgroundTask::Progress&) {
        throw BankError(BankError::Code::Io, QStringLiteral("Cannot write out.json: disk full"));
    });
    ASSERT_TRUE(waitForOutcome());
    EXPECT_EQ(*outcome, BackgroundTask::Outcome::Failed);
    EXPECT_EQ(error, QStringLiteral("Cannot write out.json: disk full"));
}

TEST_F(BackgroundTaskTest, AQuickJobShowsNoDialog)
{
    const QPointer<BackgroundTask> task = start([](BackgroundTask::Progress&) {});
    bool dialogShown = false;
    EXPECT_TRUE(QTest::qWaitFor([&] {
        dialogShown = dialogShown || (task && task->dialog());
        return outcome.has_value();
    }));
    EXPECT_FALSE(dialogShown);
}

TEST_F(BackgroundTaskTest, ALongJobShowsItsProgressInADialog)
{
    const QPointer<BackgroundTask> task = start([this](BackgroundTask::Progress& progress) {
        progress.report(3, 10, QStringLiteral("Reading notes… 4 of 10 files"));
        while (!release)
            QThread::msleep(5);
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return task && task->dialog(); }, 5000));
    QProgressDialog* dialog = task->dialog();
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->value() == 3; }, 2000));
    EXPECT_EQ(dialog->maximum(), 10);
    EXPECT_EQ(dialog->labelText(), QStringLiteral("Reading notes… 4 of 10 files"));
    EXPECT_FALSE(outcome.has_value());
    release = true;
    ASSERT_TRUE(waitForOutcome());
    EXPECT_EQ(*outcome, BackgroundTask::Outcome::Done);
}

TEST_F(BackgroundTaskTest, CancelAnswersAtOnceAndTheJobStopsAtItsNextCheckpoint)
{
    const QPointer<BackgroundTask> task = start(heldJob());
    task->cancel();
    ASSERT_TRUE(outcome.has_value()) << "the caller hears of the cancel without waiting";
    EXPECT_EQ(*outcome, BackgroundTask::Outcome::Cancelled);
    release = true;
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50); // the worker's end must not be delivered as a second outcome
    EXPECT_FALSE(passedCheckpoint);
    EXPECT_EQ(deliveries, 1);
}

TEST_F(BackgroundTaskTest, TheDialogsCancelButtonCancels)
{
    const QPointer<BackgroundTask> task = start(heldJob());
    ASSERT_TRUE(QTest::qWaitFor([&] { return task && task->dialog(); }, 5000));
    QPushButton* cancel = task->dialog()->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(outcome.has_value());
    EXPECT_EQ(*outcome, BackgroundTask::Outcome::Cancelled);
    release = true;
    QThreadPool::globalInstance()->waitForDone();
    EXPECT_FALSE(passedCheckpoint);
}

TEST_F(BackgroundTaskTest, DestroyedWhileRunningItCancelsTheJob)
{
    const QPointer<BackgroundTask> task = start(heldJob());
    delete task.data();
    release = true;
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    EXPECT_FALSE(passedCheckpoint);
    EXPECT_EQ(deliveries, 0);
}

} // namespace
} // namespace sb::test

#include "tests/support/TempBank.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

namespace sb::test {
namespace {

// Guarantee 6, with the real program: a second StoryBank started on a bank that a first one
// has open is told so and writes nothing; the lock a killed StoryBank leaves behind is taken
// over by the next one.
class SecondInstanceTest : public TempBankTest {
protected:
    // Starts the real StoryBank on bankPath(), without a screen, with settings of its own.
    std::unique_ptr<QProcess> startStoryBank()
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(QLatin1String(variable), pathFor(QStringLiteral("home")));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(STORYBANK_GUI_PATH), {bankPath()});
        EXPECT_TRUE(process->waitForStarted(30000));
        return process;
    }

    // The process id in the bank's lock file (QLockFile's first line), 0 when there is none.
    qint64 lockOwner() const
    {
        QFile lock(bankPath() + QStringLiteral(".lock"));
        if (!lock.open(QIODevice::ReadOnly))
            return 0;
        return lock.readLine().trimmed().toLongLong();
    }

    // Waits until the bank is open in process, as its lock file says.
    bool waitUntilItHoldsTheBank(const QProcess& process)
    {
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (lockOwner() == process.processId() && QFile::exists(bankPath()))
                return true;
            if (process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(50);
        }
        return false;
    }

    QByteArray bankFiles() const
    {
        return readAll(bankPath()) + readAll(bankPath() + QStringLiteral("-wal"));
    }

    static void stop(QProcess& process)
    {
        process.kill();
        process.waitForFinished(10000);
    }
};

TEST_F(SecondInstanceTest, TheSecondIsToldTheBankIsInUseAndWritesNothing)
{
    const auto first = startStoryBank();
    ASSERT_TRUE(waitUntilItHoldsTheBank(*first)) << first->readAllStandardError().toStdString();
    QThread::msleep(2000); // the first window's own start-up writes are over
    const QByteArray before = bankFiles();

    const auto second = startStoryBank();
    QByteArray said;
    const QDeadlineTimer deadline(60000);
    while (!said.contains("already open") && !deadline.hasExpired()
        && second->state() != QProcess::NotRunning) {
        second->waitForReadyRead(500);
        said += second->readAllStandardError();
    }
    said += second->readAllStandardError();
    stop(*second); // it waits for the user to read its message

    EXPECT_TRUE(said.contains("is already open in another StoryBank window")) << said.toStdString();
    EXPECT_TRUE(said.contains(QByteArray::number(first->processId())))
        << "the message should name the window's process";
    EXPECT_EQ(bankFiles(), before) << "the second StoryBank wrote to the bank";
    EXPECT_EQ(lockOwner(), first->processId()) << "the second StoryBank took the lock";
    stop(*first);
}

TEST_F(SecondInstanceTest, TheLockOfAKilledStoryBankIsTakenOver)
{
    const auto killed = startStoryBank();
    ASSERT_TRUE(waitUntilItHoldsTheBank(*killed));
    ::kill(pid_t(killed->processId()), SIGKILL); // no chance to remove its lock file
    killed->waitForFinished(10000);
    ASSERT_TRUE(QFile::exists(bankPath() + QStringLiteral(".lock")));

    const auto next = startStoryBank();
    EXPECT_TRUE(waitUntilItHoldsTheBank(*next)) << next->readAllStandardError().toStdString();
    stop(*next);
}

} // namespace
} // namespace sb::test

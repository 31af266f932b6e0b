#pragma once

#include <QProcess>
#include <QStringList>

namespace sb::test {

// Runs storybank_bank_child (see BankChild.cpp) against a bank: a second process, as another
// StoryBank or another program would be.
class BankChildProcess {
public:
    BankChildProcess(const QString& mode, const QString& bankPath, const QString& argument);
    BankChildProcess(const QString& mode, const QString& bankPath, int argument)
        : BankChildProcess(mode, bankPath, QString::number(argument))
    {
    }
    ~BankChildProcess();

    // Waits until the child has printed at least count whole lines; false if it ended first.
    bool waitForLines(int count, int timeoutMs);
    void killNow(); // SIGKILL: no destructor, no rollback, no flush of its own
    bool waitForExit(int timeoutMs);
    int exitCode() const { return m_process.exitCode(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Every whole line printed so far; a line cut off by a kill is not one.
    QStringList lines();

private:
    void readAvailable();

    QProcess m_process;
    QByteArray m_output;
};

} // namespace sb::test

#include "tests/reliability/BankChildProcess.h"

#include <QDeadlineTimer>

namespace sb::test {

BankChildProcess::BankChildProcess(
    const QString& mode, const QString& bankPath, const QString& argument)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(STORYBANK_BANK_CHILD), {mode, bankPath, argument});
}

BankChildProcess::~BankChildProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void BankChildProcess::readAvailable()
{
    m_output += m_process.readAllStandardOutput();
}

QStringList BankChildProcess::lines()
{
    readAvailable();
    const int end = int(m_output.lastIndexOf('\n'));
    if (end < 0)
        return {};
    return QString::fromUtf8(m_output.left(end)).split(u'\n');
}

bool BankChildProcess::waitForLines(int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (lines().size() < count) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return lines().size() >= count;
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

void BankChildProcess::killNow()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    readAvailable();
}

bool BankChildProcess::waitForExit(int timeoutMs)
{
    const bool finished = m_process.waitForFinished(timeoutMs);
    readAvailable();
    return finished;
}

} // namespace sb::test

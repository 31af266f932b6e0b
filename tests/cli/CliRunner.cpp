#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <ostream>

namespace sb::test {

namespace {

constexpr int kTimeoutMs = 60'000;

} // namespace

QStringList CliResult::errLines() const
{
    QString text = err;
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

void PrintTo(const CliResult& result, std::ostream* os)
{
    *os << "{finished: " << (result.finished ? "yes" : "no") << ", exit code: " << result.exitCode
        << ",\n stdout: \"" << result.out.toStdString() << "\",\n stderr: \""
        << result.err.toStdString() << "\"}";
}

CliRunner::CliRunner(QString homeDir) : m_home(std::move(homeDir)) { }

QString CliRunner::dataHome() const
{
    return QDir(m_home).filePath(QStringLiteral(".local/share"));
}

QString CliRunner::program()
{
    return QStringLiteral(STORYBANK_CLI_PATH);
}

CliResult CliRunner::run(const QStringList& arguments, const QString& workingDir) const
{
    const QDir home(m_home);
    home.mkpath(QStringLiteral("."));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    environment.insert(
        QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral(".local/state")));
    environment.remove(QStringLiteral("XDG_DATA_DIRS"));
    environment.remove(QStringLiteral("XDG_CONFIG_DIRS"));
    // The tests compare text byte for byte: no translations, UTF-8 on the wire.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDir.isEmpty() ? m_home : workingDir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setInputChannelMode(QProcess::ManagedInputChannel);
    process.start(program(), arguments, QIODevice::ReadWrite);

    CliResult result;
    if (!process.waitForStarted(kTimeoutMs)) {
        result.err = QStringLiteral("could not start %1: %2").arg(program(), process.errorString());
        return result;
    }
    process.closeWriteChannel(); // stdin at end of file: nothing may wait for input
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out after %1 ms").arg(kTimeoutMs);
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace sb::test

void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

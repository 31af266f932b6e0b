#pragma once

#include <QString>
#include <QStringList>

#include <iosfwd>

namespace sb::test {

// What one run of storybank-cli did.
struct CliResult {
    bool finished = false; // exited normally (not crashed, not timed out, not failed to start)
    int exitCode = -1;
    QString out; // stdout, decoded as UTF-8
    QString err; // stderr, decoded as UTF-8

    // stderr split into lines, without the final newline.
    QStringList errLines() const;
};

// For gtest messages: exit code and both streams.
void PrintTo(const CliResult& result, std::ostream* os);

// Runs the built storybank-cli as a child process. The child gets a copy of this process's
// environment with HOME and the XDG folders pointed into homeDir, so the default bank (and
// anything else a run might write) stays inside the test's temporary folder.
class CliRunner {
public:
    explicit CliRunner(QString homeDir);

    CliResult run(const QStringList& arguments, const QString& workingDir = QString()) const;

    QString homeDir() const { return m_home; }
    QString dataHome() const; // XDG_DATA_HOME given to the child
    static QString program();

private:
    QString m_home;
};

} // namespace sb::test

// So that gtest shows QStrings (and lists of them) as text in its messages.
void PrintTo(const QString& text, std::ostream* os);

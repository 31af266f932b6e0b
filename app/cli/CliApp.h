#pragma once

#include <QStringList>
#include <QTextStream>

namespace sb::cli {

// storybank-cli: reads the global options, picks the command and maps failures to exit codes
// (0 success, 1 error with one line on stderr, 2 usage error).
class CliApp {
public:
    CliApp(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int usageError(const QString& message, const QString& command = QString());

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sb::cli

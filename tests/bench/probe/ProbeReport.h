#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace sb::bench {

// What a probe program tells the benchmark once its first frame is painted: that it got there,
// and its peak resident memory so far (VmHWM, in kB), on one line of standard output.
inline void reportFirstFrame()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 peakKb = -1;
    if (status.open(QIODevice::ReadOnly)) {
        const QRegularExpression line(
            QStringLiteral("^VmHWM:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
        const auto match = line.match(QString::fromLatin1(status.readAll()));
        if (match.hasMatch())
            peakKb = match.captured(1).toLongLong();
    }
    QTextStream(stdout) << "first-frame peak_kb=" << peakKb << Qt::endl;
}

} // namespace sb::bench

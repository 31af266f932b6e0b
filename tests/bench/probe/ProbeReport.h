#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

namespace sb::bench {

// How long a probe keeps running after its first frame before it reports its memory: long
// enough for what a window does just after showing (the bank's health check, queued loads) to
// count, so memory is measured with the bank open and settled, not at a flattering moment.
constexpr int kSettleMs = 1000;

// Peak resident memory of this process so far (VmHWM), in kB; -1 when unknown.
inline qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(
        QStringLiteral("^VmHWM:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// What a probe tells the benchmark on standard output: "first-frame" as soon as its first frame
// is painted (the benchmark stops its clock there), then, once settled, "settled peak_kb=N",
// and it quits.
inline void reportFirstFrameThenSettle()
{
    QTextStream(stdout) << "first-frame" << Qt::endl;
    QTimer::singleShot(kSettleMs, [] {
        QTextStream(stdout) << "settled peak_kb=" << peakResidentKb() << Qt::endl;
        QCoreApplication::exit(0);
    });
}

} // namespace sb::bench

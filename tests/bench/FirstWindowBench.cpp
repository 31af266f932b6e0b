// Open and first window: the editor started on the big bank, from launching the program to its
// first painted frame, against an empty QMainWindow program (the Qt floor), each a new process
// as when people start it. The same runs give the memory pair: peak resident memory once the
// window has settled (a second after its first frame), against the empty program's.

#include "tests/bench/Benchmarks.h"

#include "tests/bench/support/PairTable.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace sb::bench {

namespace {

constexpr double kMemoryMarginMb = 40;

struct Probe {
    QString program;
    QStringList arguments;
};

// One start of a probe: seconds to its first frame and its peak memory in MB, or an error.
std::optional<std::pair<double, double>> startOnce(
    const Probe& probe, const BenchFixture& fixture, QString* error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Its own settings, so neither a developer's nor an earlier run's window state counts.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
        QDir(fixture.workDir).filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(probe.program, probe.arguments);
    QByteArray output;
    while (!output.contains("first-frame") && process.waitForReadyRead(60000))
        output += process.readAllStandardOutput();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    process.waitForFinished(60000);
    output += process.readAllStandardOutput();
    const auto match = QRegularExpression(QStringLiteral("first-frame\\s+settled peak_kb=(\\d+)"))
                           .match(QString::fromUtf8(output));
    if (!match.hasMatch() || process.exitCode() != 0) {
        // What the probe said on stderr is kept for this case only: Qt's platform chatter
        // would otherwise bury the table.
        *error = QStringLiteral("%1 showed no first frame (exit code %2): %3")
                     .arg(probe.program)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return std::pair {seconds, match.captured(1).toDouble() / 1024};
}

void firstWindow(benchmark::State& state, const Probe& probe, const BenchFixture& fixture)
{
    double peakMb = 0;
    for (auto _ : state) {
        QString error;
        const auto result = startOnce(probe, fixture, &error);
        if (!result) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        state.SetIterationTime(result->first);
        peakMb = std::max(peakMb, result->second);
    }
    state.counters["peak_mb"] = peakMb;
}

} // namespace

void registerFirstWindowBenchmarks(const BenchFixture& fixture)
{
    const Probe editor {QDir(fixture.probeDir).filePath(QStringLiteral("storybank_probe_editor")),
        {fixture.bigBank}};
    const Probe empty {
        QDir(fixture.probeDir).filePath(QStringLiteral("storybank_probe_empty")), {}};
    // Started alternately would be fairer still, but Google Benchmark runs one benchmark at a
    // time; repetitions with the median keep a slow start from deciding.
    for (auto [name, probe] :
        {std::pair {"first_window/ours", editor}, std::pair {"first_window/floor", empty}}) {
        benchmark::RegisterBenchmark(name, firstWindow, probe, fixture)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(3)
            ->Repetitions(3)
            ->ReportAggregatesOnly(true);
    }
    PairTable::add({QStringLiteral("first_window"), "first_window/ours", "first_window/floor", {},
        QStringLiteral("ms, program start to first frame"), PairGoal::ratioAtMost(1.25)});
    PairTable::add({QStringLiteral("memory"), "first_window/ours", "first_window/floor", "peak_mb",
        QStringLiteral("MB peak resident"), PairGoal::marginAtMost(kMemoryMarginMb)});
}

} // namespace sb::bench

// storybank_bench: every pair of benchmarks (ours against the floor it cannot beat, on the same
// data in the same run) and a table of how each pair meets its goal. tests/bench/run builds
// and runs it; see tests/bench/README.md.
//
//   storybank_bench [--smoke] [--verbose] [--work=DIR] [--benchmark_filter=REGEX]
//
// --smoke uses a 1k bank to prove the suite runs (CI); its ratios are printed but judge nothing.

#include "tests/bench/Benchmarks.h"
#include "tests/bench/support/CollectingReporter.h"
#include "tests/bench/support/FixtureBuilder.h"
#include "tests/bench/support/PairTable.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

namespace {

struct Options {
    bool smoke = false;
    bool verbose = false;
    QString workDir = QStringLiteral("bench-work");
    std::vector<char*> rest; // what Qt and Google Benchmark read
};

Options readOptions(int argc, char** argv)
{
    Options options;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0)
            options.smoke = true;
        else if (std::strcmp(argv[i], "--verbose") == 0)
            options.verbose = true;
        else if (std::strncmp(argv[i], "--work=", 7) == 0)
            options.workDir = QString::fromLocal8Bit(argv[i] + 7);
        else
            options.rest.push_back(argv[i]);
    }
    options.rest.push_back(nullptr);
    return options;
}

// Qt's offscreen platform says on every window that it cannot pass size hints on; that says
// nothing about the benchmark and would bury the table.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

// Qt wants a private runtime folder; a bare CI shell has none.
void ensureRuntimeDir(const QString& workDir)
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString runtime = QDir(workDir).absoluteFilePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
}

} // namespace

int main(int argc, char** argv)
{
    Options options = readOptions(argc, argv);
    // The GUI pairs need a screen; without one they paint offscreen, as the GUI tests do.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDir(options.workDir);
    qInstallMessageHandler(quietMessages);
    int restCount = int(options.rest.size()) - 1;
    QApplication app(restCount, options.rest.data());
    benchmark::Initialize(&restCount, options.rest.data());

    QTextStream out(stdout);
    try {
        using namespace sb::bench;
        const BenchFixture fixture = FixtureBuilder::build(
            options.smoke, options.workDir, QCoreApplication::applicationDirPath());
        registerSearchBenchmarks(fixture);
        registerEditBenchmarks(fixture);
        registerImportBenchmarks(fixture);
        registerSheetBenchmarks(fixture);
        registerKeystrokeBenchmarks(fixture);
        registerCoverageBenchmarks(fixture);
        registerFirstWindowBenchmarks(fixture);

        CollectingReporter reporter(options.verbose);
        benchmark::RunSpecifiedBenchmarks(&reporter);
        benchmark::Shutdown();
        const PairTable::Outcome outcome = PairTable::print(reporter.measurements(), out);
        // A pair that could not run is always an error; a missed goal only in a full run.
        if (outcome.broken > 0)
            return 2;
        return !options.smoke && outcome.failed > 0 ? 1 : 0;
    } catch (const std::exception& error) {
        QTextStream(stderr) << "storybank_bench: " << error.what() << Qt::endl;
        return 2;
    }
}

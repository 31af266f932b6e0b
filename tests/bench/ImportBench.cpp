// Import: a generated folder of Markdown notes into an empty bank through the importer, against
// md4c parsing the same bytes plus inserting the rows they make with prepared statements in
// one transaction. Each round starts from a new empty bank, made outside the clock.

#include "tests/bench/Benchmarks.h"

#include "core/Bank.h"
#include "core/exchange/ImportSources.h"
#include "tests/bench/support/PairTable.h"
#include "tests/bench/support/RawRowWriter.h"

#include <benchmark/benchmark.h>
#include <md4c.h>

#include <QElapsedTimer>
#include <QFile>

namespace sb::bench {

namespace {

constexpr double kMinMegabytesPerSecond = 20;

QString emptyBank(const BenchFixture& fixture, const QString& name)
{
    const QString path = fixture.scratch(name);
    Bank::create(path, Bank::CreateOptions {.starterCatalog = false});
    return path;
}

void ours(benchmark::State& state, const BenchFixture& fixture)
{
    for (auto _ : state) {
        const auto bank = Bank::open(emptyBank(fixture, QStringLiteral("import-ours.storybank")));
        QElapsedTimer timer;
        timer.start();
        const ImportSummary summary =
            bank->importDocuments(ImportSources::readAll({fixture.notesFolder}));
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        benchmark::DoNotOptimize(summary);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * fixture.notesBytes);
}

int ignoreBlock(MD_BLOCKTYPE, void*, void*)
{
    return 0;
}
int ignoreSpan(MD_SPANTYPE, void*, void*)
{
    return 0;
}
int ignoreText(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*)
{
    return 0;
}

void parse(const QByteArray& bytes)
{
    MD_PARSER parser {};
    parser.flags = MD_FLAG_WIKILINKS | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH
        | MD_FLAG_NOINDENTEDCODEBLOCKS; // as the importer parses
    parser.enter_block = ignoreBlock;
    parser.leave_block = ignoreBlock;
    parser.enter_span = ignoreSpan;
    parser.leave_span = ignoreSpan;
    parser.text = ignoreText;
    md_parse(bytes.constData(), MD_SIZE(bytes.size()), &parser, nullptr);
}

void floor(benchmark::State& state, const BenchFixture& fixture)
{
    // The rows to insert are what the importer made of the notes, read before the clock starts.
    const QList<ImportDocument> documents = ImportSources::readAll({fixture.notesFolder});
    const QList<ImportFile> files = ImportSources::collect({fixture.notesFolder});
    for (auto _ : state) {
        RawDatabase db(emptyBank(fixture, QStringLiteral("import-floor.storybank")));
        RawRowWriter writer(db);
        QElapsedTimer timer;
        timer.start();
        for (const ImportFile& file : files) {
            QFile in(file.path);
            if (!in.open(QIODevice::ReadOnly))
                state.SkipWithError("cannot read a note");
            parse(in.readAll());
        }
        writer.write(documents);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * fixture.notesBytes);
}

} // namespace

void registerImportBenchmarks(const BenchFixture& fixture)
{
    const int rounds = fixture.smoke ? 2 : 5;
    benchmark::RegisterBenchmark("import/ours", ours, fixture)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(rounds);
    benchmark::RegisterBenchmark("import/floor", floor, fixture)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(rounds);
    // At least 20 MB/s: the folder's size sets the ceiling in milliseconds.
    const double megabytes = double(fixture.notesBytes) / 1e6;
    const double ceiling = megabytes / kMinMegabytesPerSecond * 1000;
    PairGoal goal = PairGoal::ratioAndCeiling(1.5, ceiling);
    goal.text = QStringLiteral("ratio <= 1.5 and >= %1 MB/s, i.e. ours <= %2")
                    .arg(kMinMegabytesPerSecond)
                    .arg(ceiling, 0, 'f', 0);
    PairTable::add({QStringLiteral("import"), "import/ours", "import/floor", {},
        QStringLiteral("ms for %1 MB of notes").arg(megabytes, 0, 'f', 1), goal});
}

} // namespace sb::bench

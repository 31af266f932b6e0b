// Coverage view: View › Coverage… on a bank of 2,000 stories and 5,000 questions, from the
// click to its first painted frame, which must come without a visible stall (100 ms, the
// limit under which a response feels immediate). The floor is a QTableView of the same
// categories × stories, filled from a QStandardItemModel and shown.

#include "tests/bench/Benchmarks.h"

#include "app/gui/coverage/CoverageWindow.h"
#include "core/Bank.h"
#include "tests/bench/support/FirstPaintWatcher.h"
#include "tests/bench/support/PairTable.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::bench {

namespace {

constexpr double kNoVisibleStallMs = 100;

// Shows what make() returns and times it up to its first painted frame.
template<typename Make> void timeToFirstFrame(benchmark::State& state, Make make)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        FirstPaintWatcher watcher({});
        auto window = make();
        window->resize(1100, 700);
        window->show();
        if (!watcher.waitForFrame()) {
            state.SkipWithError("the window was never painted");
            return;
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}

void ours(benchmark::State& state, const BenchFixture& fixture)
{
    const auto bank = Bank::open(fixture.coverageBank);
    timeToFirstFrame(state, [&] { return std::make_unique<gui::CoverageWindow>(*bank); });
}

void floor(benchmark::State& state, const BenchFixture& fixture)
{
    const auto bank = Bank::open(fixture.coverageBank);
    const int rows = int(bank->categories().size());
    const int columns = int(bank->stats().stories);
    timeToFirstFrame(state, [&] {
        auto view = std::make_unique<QTableView>();
        auto* model = new QStandardItemModel(rows, columns, view.get());
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column)
                model->setItem(row, column, new QStandardItem(QStringLiteral("S")));
        }
        view->setModel(model);
        return view;
    });
}

} // namespace

void registerCoverageBenchmarks(const BenchFixture& fixture)
{
    for (auto [name, function] :
        {std::pair {"coverage_window/ours", &ours}, std::pair {"coverage_window/floor", &floor}}) {
        benchmark::RegisterBenchmark(name, function, fixture)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(5);
    }
    PairTable::add(
        {QStringLiteral("coverage_window"), "coverage_window/ours", "coverage_window/floor", {},
            QStringLiteral("ms to first frame, %1 stories, %2 questions")
                .arg(fixture.coverageStories)
                .arg(fixture.coverageQuestions),
            PairGoal::ceiling(kNoVisibleStallMs)});
}

} // namespace sb::bench

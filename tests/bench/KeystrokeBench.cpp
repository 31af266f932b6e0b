// Search as you type in the GUI: keystroke to updated story list in the main window on the big
// bank (p95 at most one frame, 16 ms), beside Qt's simplest filter-as-you-type list (a
// QSortFilterProxyModel over the same titles) as the floor.

#include "tests/bench/Benchmarks.h"

#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "core/Bank.h"
#include "tests/bench/support/KeystrokeSampler.h"
#include "tests/bench/support/PairTable.h"
#include "tests/bench/support/SyntheticText.h"

#include <benchmark/benchmark.h>

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTest>
#include <QVBoxLayout>

namespace sb::bench {

namespace {

constexpr double kFrameMs = 16;

// What people type: words of the stories, two at a time now and then.
QStringList typedQueries()
{
    SyntheticText text(11);
    QStringList queries;
    while (queries.size() < 30) {
        const QString word = text.word().toLower();
        if (word.size() < 4 || !word.at(0).isLetter() || word.at(0).unicode() > 127)
            continue;
        queries.append(
            queries.size() % 3 == 2 ? word + QStringLiteral(" ") + text.word().toLower() : word);
    }
    return queries;
}

void report(benchmark::State& state, const QList<double>& samples)
{
    double total = 0;
    for (double sample : samples)
        total += sample;
    state.SetIterationTime(total / 1000 / double(samples.size()));
    state.counters["p50"] = KeystrokeSampler::percentile(samples, 0.5);
    state.counters["p95"] = KeystrokeSampler::percentile(samples, 0.95);
}

QLineEdit* storySearchBox(QWidget* window)
{
    for (QLineEdit* box : window->findChildren<QLineEdit*>()) {
        if (box->accessibleName() == QLatin1String("Search stories"))
            return box;
    }
    return nullptr;
}

void ours(benchmark::State& state, const BenchFixture& fixture)
{
    gui::BankDocument document(Bank::open(fixture.bigBank));
    gui::MainWindow window(document);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("the main window was never shown");
        return;
    }
    QLineEdit* box = storySearchBox(&window);
    if (!box) {
        state.SkipWithError("no story search box in the main window");
        return;
    }
    const QStringList queries = typedQueries();
    for (auto _ : state)
        report(state, KeystrokeSampler::type(box, queries));
}

void floor(benchmark::State& state, const BenchFixture& fixture)
{
    QStringList titles;
    for (const StorySummary& story : Bank::open(fixture.bigBank)->storySummaries())
        titles.append(story.title);
    QStringListModel model(titles);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* box = new QLineEdit;
    auto* list = new QListView;
    list->setUniformItemSizes(true);
    list->setModel(&filter);
    layout->addWidget(box);
    layout->addWidget(list);
    QObject::connect(box, &QLineEdit::textChanged, &filter,
        qOverload<const QString&>(&QSortFilterProxyModel::setFilterFixedString));
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("the floor window was never shown");
        return;
    }
    const QStringList queries = typedQueries();
    for (auto _ : state)
        report(state, KeystrokeSampler::type(box, queries));
}

} // namespace

void registerKeystrokeBenchmarks(const BenchFixture& fixture)
{
    for (auto [name, function] :
        {std::pair {"gui_keystroke/ours", &ours}, std::pair {"gui_keystroke/floor", &floor}}) {
        benchmark::RegisterBenchmark(name, function, fixture)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(1);
    }
    PairTable::add(
        {QStringLiteral("gui_keystroke_p95"), "gui_keystroke/ours", "gui_keystroke/floor", "p95",
            QStringLiteral("ms, key to list"), PairGoal::ceiling(kFrameMs), "p50"});
}

} // namespace sb::bench

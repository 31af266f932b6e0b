// Cheat sheet: compose from the bank, fit to one page and write the PDF for a bank of 50 ready
// stories, against QTextDocument printing the final HTML (what the fit settled on) to PDF once.

#include "tests/bench/Benchmarks.h"

#include "app/print/SheetFitter.h"
#include "app/print/SheetPage.h"
#include "app/print/SheetPdf.h"
#include "core/Bank.h"
#include "core/sheet/SheetComposer.h"
#include "tests/bench/support/PairTable.h"

#include <benchmark/benchmark.h>

#include <QPdfWriter>
#include <QTextDocument>

namespace sb::bench {

namespace {

constexpr double kCeilingMs = 300;

print::SheetStyle a4()
{
    print::SheetStyle style;
    style.paper = print::SheetPaper::A4;
    return style;
}

void ours(benchmark::State& state, const BenchFixture& fixture)
{
    const auto bank = Bank::open(fixture.sheetBank);
    const QString path = fixture.scratch(QStringLiteral("sheet-ours.pdf"));
    for (auto _ : state) {
        const CheatSheet sheet = SheetComposer::compose(*bank, SheetRequest {});
        const print::SheetFit fit = print::SheetFitter::fit(sheet, a4());
        if (!print::SheetPdf::write(fit, path))
            state.SkipWithError("cannot write the PDF");
    }
}

void floor(benchmark::State& state, const BenchFixture& fixture)
{
    const auto bank = Bank::open(fixture.sheetBank);
    const print::SheetFit fit =
        print::SheetFitter::fit(SheetComposer::compose(*bank, SheetRequest {}), a4());
    const QString html = fit.document->toHtml();
    const QString path = fixture.scratch(QStringLiteral("sheet-floor.pdf"));
    for (auto _ : state) {
        QTextDocument document;
        document.setHtml(html);
        QPdfWriter writer(path);
        writer.setPageLayout(print::SheetPage(fit.style).deviceLayout());
        document.print(&writer);
    }
}

} // namespace

void registerSheetBenchmarks(const BenchFixture& fixture)
{
    benchmark::RegisterBenchmark("cheat_sheet/ours", ours, fixture)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(1.0);
    benchmark::RegisterBenchmark("cheat_sheet/floor", floor, fixture)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(1.0);
    PairTable::add({QStringLiteral("cheat_sheet"), "cheat_sheet/ours", "cheat_sheet/floor", {},
        QStringLiteral("ms per sheet of 50 stories"), PairGoal::ratioAndCeiling(3, kCeilingMs)});
}

} // namespace sb::bench

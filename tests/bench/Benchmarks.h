#pragma once

#include "tests/bench/support/BenchFixture.h"

// Each file registers its pair of benchmarks (ours and the floor) and the pair's goal.
namespace sb::bench {

void registerSearchBenchmarks(const BenchFixture& fixture);
void registerEditBenchmarks(const BenchFixture& fixture);
void registerImportBenchmarks(const BenchFixture& fixture);
void registerSheetBenchmarks(const BenchFixture& fixture);
void registerKeystrokeBenchmarks(const BenchFixture& fixture);
void registerCoverageBenchmarks(const BenchFixture& fixture);
void registerFirstWindowBenchmarks(const BenchFixture& fixture);

} // namespace sb::bench

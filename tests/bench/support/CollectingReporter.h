#pragma once

#include "tests/bench/support/Measurement.h"

#include <benchmark/benchmark.h>

namespace sb::bench {

// Keeps every run's figures for the pair table instead of printing Google Benchmark's own
// table (which --verbose still shows, through the console reporter it wraps).
class CollectingReporter : public benchmark::BenchmarkReporter {
public:
    explicit CollectingReporter(bool verbose);

    bool ReportContext(const Context& context) override;
    void ReportRuns(const std::vector<Run>& runs) override;
    void Finalize() override;

    const Measurements& measurements() const { return m_measurements; }

private:
    Measurements m_measurements;
    bool m_verbose;
    benchmark::ConsoleReporter m_console;
};

} // namespace sb::bench

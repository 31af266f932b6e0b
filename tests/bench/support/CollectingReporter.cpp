#include "tests/bench/support/CollectingReporter.h"

namespace sb::bench {

CollectingReporter::CollectingReporter(bool verbose) : m_verbose(verbose) { }

bool CollectingReporter::ReportContext(const Context& context)
{
    if (m_verbose) {
        m_console.SetOutputStream(&GetOutputStream());
        m_console.SetErrorStream(&GetErrorStream());
        return m_console.ReportContext(context);
    }
    return true;
}

void CollectingReporter::ReportRuns(const std::vector<Run>& runs)
{
    if (m_verbose)
        m_console.ReportRuns(runs);
    for (const Run& run : runs) {
        // With repetitions, the median stands for the benchmark; a single run stands for itself.
        if (run.run_type == Run::RT_Aggregate && run.aggregate_name != "median")
            continue;
        Measurement& measurement = m_measurements[run.run_name.function_name];
        if (run.error_occurred) {
            measurement.error = QString::fromStdString(run.error_message);
            continue;
        }
        measurement.milliseconds = run.GetAdjustedRealTime()
            * benchmark::GetTimeUnitMultiplier(benchmark::kMillisecond)
            / benchmark::GetTimeUnitMultiplier(run.time_unit);
        for (const auto& [name, counter] : run.counters)
            measurement.counters[name] = counter.value;
    }
}

void CollectingReporter::Finalize()
{
    if (m_verbose)
        m_console.Finalize();
}

} // namespace sb::bench

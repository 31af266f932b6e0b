#pragma once

#include <QString>

#include <map>
#include <string>

namespace sb::bench {

// What one benchmark measured: its time per iteration and the counters it set (memory,
// percentiles), or why it could not run.
struct Measurement {
    double milliseconds = 0;
    std::map<std::string, double> counters;
    QString error;
};

using Measurements = std::map<std::string, Measurement>;

} // namespace sb::bench

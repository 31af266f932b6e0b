#pragma once

#include "tests/bench/support/Measurement.h"
#include "tests/bench/support/PairGoal.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace sb::bench {

// One line of the result: our benchmark against the floor's, in the same run.
struct Pair {
    QString name;
    std::string ours; // benchmark names
    std::string floor;
    std::string counter; // empty: compare times (ms); else this counter of each
    QString unit = QStringLiteral("ms");
    PairGoal goal;
    std::string detailCounter = {}; // shown too, e.g. the median beside the 95th percentile
};

// The pairs the benchmark files register, and the table they make once everything ran.
class PairTable {
public:
    static void add(Pair pair);
    struct Outcome {
        int passed = 0;
        int failed = 0; // missed its goal, or could not run
        int broken = 0; // of the failed: could not run at all
    };

    // Prints "NAME ours=… floor=… ratio=…" per pair and then "N passed, M failed".
    static Outcome print(const Measurements& measurements, QTextStream& out);
};

} // namespace sb::bench

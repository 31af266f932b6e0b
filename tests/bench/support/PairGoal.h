#pragma once

#include <QString>

#include <functional>

namespace sb::bench {

// What our figure is held to against the floor's, as the issue states it.
struct PairGoal {
    QString text; // "ratio <= 1.2", shown beside the result
    std::function<bool(double ours, double floor)> met;

    static PairGoal ratioAtMost(double ratio);
    // Both a ratio and an absolute ceiling on our figure (in the pair's unit).
    static PairGoal ratioAndCeiling(double ratio, double ceiling);
    static PairGoal ceiling(double ceiling);
    // Our figure may exceed the floor's by at most this much (memory).
    static PairGoal marginAtMost(double margin);
};

} // namespace sb::bench

#include "tests/bench/support/PairGoal.h"

namespace sb::bench {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

PairGoal PairGoal::ratioAtMost(double ratio)
{
    return {QStringLiteral("ratio <= %1").arg(number(ratio)),
        [ratio](double ours, double floor) { return floor > 0 && ours / floor <= ratio; }};
}

PairGoal PairGoal::ratioAndCeiling(double ratio, double ceiling)
{
    return {QStringLiteral("ratio <= %1 and ours <= %2").arg(number(ratio), number(ceiling)),
        [ratio, ceiling](double ours, double floor) {
            return floor > 0 && ours / floor <= ratio && ours <= ceiling;
        }};
}

PairGoal PairGoal::ceiling(double ceiling)
{
    return {QStringLiteral("ours <= %1").arg(number(ceiling)),
        [ceiling](double ours, double) { return ours <= ceiling; }};
}

PairGoal PairGoal::marginAtMost(double margin)
{
    return {QStringLiteral("ours <= floor + %1").arg(number(margin)),
        [margin](double ours, double floor) { return ours <= floor + margin; }};
}

} // namespace sb::bench

#include "tests/bench/support/PairTable.h"

namespace sb::bench {

namespace {

QList<Pair>& pairs()
{
    static QList<Pair> registered;
    return registered;
}

QString figure(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

// The pair's value in one benchmark's measurement, or an error text.
std::optional<double> valueOf(const Measurements& measurements, const std::string& benchmark,
    const std::string& counter, QString* error)
{
    const auto found = measurements.find(benchmark);
    if (found == measurements.end()) {
        *error = QStringLiteral("%1 did not run").arg(QString::fromStdString(benchmark));
        return std::nullopt;
    }
    if (!found->second.error.isEmpty()) {
        *error = QString::fromStdString(benchmark) + QStringLiteral(": ") + found->second.error;
        return std::nullopt;
    }
    if (counter.empty())
        return found->second.milliseconds;
    const auto value = found->second.counters.find(counter);
    if (value == found->second.counters.end()) {
        *error = QStringLiteral("%1 has no %2")
                     .arg(QString::fromStdString(benchmark), QString::fromStdString(counter));
        return std::nullopt;
    }
    return value->second;
}

} // namespace

void PairTable::add(Pair pair)
{
    pairs().append(std::move(pair));
}

PairTable::Outcome PairTable::print(const Measurements& measurements, QTextStream& out)
{
    Outcome outcome;
    for (const Pair& pair : std::as_const(pairs())) {
        // Left out by --benchmark_filter: neither side ran, so there is nothing to judge.
        if (!measurements.contains(pair.ours) && !measurements.contains(pair.floor))
            continue;
        QString error;
        const auto ours = valueOf(measurements, pair.ours, pair.counter, &error);
        const auto floor = ours ? valueOf(measurements, pair.floor, pair.counter, &error) : ours;
        if (!ours || !floor) {
            ++outcome.failed;
            ++outcome.broken;
            out << pair.name << " ours=? floor=? ratio=? FAIL (" << error << ")\n";
            continue;
        }
        const bool met = pair.goal.met(*ours, *floor);
        ++(met ? outcome.passed : outcome.failed);
        out << pair.name << " ours=" << figure(*ours) << " floor=" << figure(*floor) << " ratio="
            << (*floor > 0 ? QString::number(*ours / *floor, 'f', 2) : QStringLiteral("?")) << " ("
            << pair.unit << "; goal " << pair.goal.text << ") " << (met ? "PASS" : "FAIL");
        if (!pair.detailCounter.empty()) {
            QString ignored;
            const auto oursDetail = valueOf(measurements, pair.ours, pair.detailCounter, &ignored);
            const auto floorDetail =
                valueOf(measurements, pair.floor, pair.detailCounter, &ignored);
            if (oursDetail && floorDetail) {
                out << " [" << QString::fromStdString(pair.detailCounter)
                    << " ours=" << figure(*oursDetail) << " floor=" << figure(*floorDetail) << ']';
            }
        }
        out << '\n';
    }
    out << outcome.passed << " passed, " << outcome.failed << " failed\n";
    out.flush();
    return outcome;
}

} // namespace sb::bench

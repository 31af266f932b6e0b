#pragma once

#include "tests/bench/support/BenchFixture.h"
#include "tests/bench/support/SyntheticBank.h"

namespace sb::bench {

// Makes the fixture's banks and notes in the work folder, or reuses those an earlier run made
// with the same shape (generating 10,000 stories takes longer than most benchmarks).
class FixtureBuilder {
public:
    static BenchFixture build(bool smoke, const QString& workDir, const QString& probeDir);

private:
    static QString bank(
        const QString& workDir, const QString& name, const SyntheticBankShape& shape);
    static QString notes(const QString& workDir, qint64 targetBytes, qint64* bytes);
};

} // namespace sb::bench

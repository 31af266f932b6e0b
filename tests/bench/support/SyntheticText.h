#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace sb::bench {

// Deterministic text for generated banks: prose of English working vocabulary with accented,
// German, Greek, Japanese and emoji words mixed in, figures in results, the same output for
// the same seed on every machine (its own generator, not std:: distributions, whose output
// the standard leaves to each library).
class SyntheticText {
public:
    explicit SyntheticText(uint64_t seed);

    // A number in [low, high].
    int between(int low, int high);
    QString word();
    // Sentences of 6–18 words until about `words` words, each ending in a full stop; results
    // carry a figure now and then so the coach and cheat sheet see realistic text.
    QString prose(int words);
    // A short capitalised phrase of 3–7 words without a full stop.
    QString title();

private:
    uint64_t next();

    uint64_t m_state;
};

} // namespace sb::bench

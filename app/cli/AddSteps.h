#pragma once

#include <QCommandLineParser>

#include <cstdint>
#include <functional>

namespace sb {

class Bank;

namespace cli {

// `add` works in two steps: everything that can be checked without the bank is read and checked
// first (so a usage error never depends on the bank), then the returned step runs on the open
// bank and returns the new id.
using AddStep = std::function<int64_t(Bank&)>;

// add interview --company C [--role R] [--date YYYY-MM-DD] [--time HH:MM] [--stage S]
AddStep prepareInterview(const QCommandLineParser& parser);
// add journal --title T [--text …] [--date YYYY-MM-DD] [--until YYYY-MM-DD] [--metrics …]
// [--tag …]
AddStep prepareJournalEntry(const QCommandLineParser& parser);

} // namespace cli
} // namespace sb

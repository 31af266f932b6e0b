#pragma once

#include "tests/cli/CliRunner.h"
#include "tests/support/TempBank.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace sb::test {

// A temporary folder (from TempBankTest) that is also the CLI's home, plus shorthands for the
// commands most tests need. The bank file is bankPath(); tests create it through the CLI.
class CliTest : public TempBankTest {
protected:
    // storybank-cli ARGUMENTS… (no --db: the default bank, under the temporary home)
    CliResult cli(const QStringList& arguments, const QString& workingDir = QString()) const;
    // storybank-cli --db DB ARGUMENTS…
    CliResult cliOn(const QString& db, const QStringList& arguments) const;
    // storybank-cli --db bankPath() ARGUMENTS…
    CliResult cliOnBank(const QStringList& arguments) const { return cliOn(bankPath(), arguments); }

    // Creates bankPath() with `init` (or `init --empty`); a failure fails the test.
    void initBank(bool empty = false);
    // `add WHAT OPTIONS…` on bankPath(): the id it printed, or nullopt (and a failure) when the
    // command failed or printed anything but an id.
    std::optional<qint64> add(const QString& what, const QStringList& options);

    // The parsed JSON of a command run with --json on bankPath(); an empty value (and a
    // failure) when it did not succeed or its output is not JSON.
    QJsonObject statsJson();
    QJsonArray listJson(const QString& what);
    QJsonArray searchJson(const QStringList& words);

    // The element of a JSON array of objects whose "id" is id; empty when there is none.
    static QJsonObject withId(const QJsonArray& array, qint64 id);
    static QStringList strings(const QJsonValue& array);

    const CliRunner& runner() const { return m_runner; }

private:
    QJsonValue json(const QStringList& arguments);

    CliRunner m_runner {pathFor(QStringLiteral("home"))};
};

} // namespace sb::test

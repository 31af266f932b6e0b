#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QTextStream>
#include <QTime>

#include <memory>

namespace sb {

class Bank;

namespace cli {

// A mistake in how the command was called: reported with a hint and exit code 2.
struct UsageError {
    QString message;
};

// What a command runs with: where the bank is and where to write.
struct CommandContext {
    QString dbPath;
    QTextStream& out;
    QTextStream& err;

    std::unique_ptr<Bank> openBank() const;
    void printJson(const QJsonValue& value) const;
};

// One `storybank-cli COMMAND`: its options, its help, and what it does.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // the arguments after the name, for --help
    virtual QString summary() const = 0; // one line for the command list
    virtual void addOptions(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    // Returns the exit code; throws UsageError or BankError.
    virtual int run(const QCommandLineParser& parser, const CommandContext& context) const = 0;
};

// Helpers shared by the commands.
int64_t parseId(const QString& text, const QString& what);
// A day written YYYY-MM-DD, and a time of day written HH:MM, as options take them.
QDate parseDate(const QString& text, const QString& what);
QTime parseTime(const QString& text, const QString& what);
// A count from 1 to 10,000 (a --limit).
int parseCount(const QString& text, const QString& what);
// The single positional argument a command takes; UsageError when missing or extra.
QStringList requirePositionals(const QCommandLineParser& parser, int count, const QString& names);
QCommandLineOption jsonOption();

} // namespace cli
} // namespace sb

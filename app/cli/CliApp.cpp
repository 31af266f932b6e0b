#include "app/cli/CliApp.h"

#include "app/cli/Commands.h"
#include "core/BankError.h"
#include "core/BankLocation.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sb::cli {

namespace {

constexpr char kProgram[] = "storybank-cli";

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::CliApp)
};

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        Text::tr("The bank file to use (default: %1).").arg(defaultBankPath()), Text::tr("PATH"));
}

QString globalHelp(const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text += u'\n' + Text::tr("Commands:") + u'\n';
    // As wide as the longest name and two spaces, so no name runs into its summary.
    qsizetype width = 0;
    for (const Command* command : allCommands())
        width = std::max(width, command->name().size() + 2);
    for (const Command* command : allCommands())
        text +=
            QStringLiteral("  %1%2\n").arg(command->name(), -int(width)).arg(command->summary());
    text += u'\n'
        + Text::tr("Run “%1 COMMAND --help” for the options of a command.")
              .arg(QLatin1String(kProgram))
        + u'\n';
    return text;
}

} // namespace

CliApp::CliApp(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) { }

int CliApp::usageError(const QString& message, const QString& command)
{
    const QString helpCall = command.isEmpty()
        ? QStringLiteral("%1 --help").arg(QLatin1String(kProgram))
        : QStringLiteral("%1 %2 --help").arg(QLatin1String(kProgram), command);
    m_err << kProgram << ": " << message << u'\n' << Text::tr("Run “%1” for usage.").arg(helpCall)
          << u'\n';
    m_err.flush();
    return 2;
}

int CliApp::run(const QStringList& arguments)
{
    QCommandLineParser global;
    global.setApplicationDescription(
        Text::tr("StoryBank from the command line: build, search and check "
                 "a bank of interview stories and questions."));
    global.addOption(dbOption());
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), Text::tr("Show the version."));
    global.addOption(help);
    global.addOption(version);
    global.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run."),
        Text::tr("COMMAND [ARGUMENTS…]"));
    // Everything after the command belongs to the command's own parser.
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(version)) {
        m_out << kProgram << ' ' << kVersion << u'\n';
        return 0;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(help) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(help) ? m_err : m_out) << globalHelp(global);
        return global.isSet(help) ? 0 : 2;
    }

    const Command* command = findCommand(rest.first());
    if (!command)
        return usageError(Text::tr("unknown command “%1”.").arg(rest.first()));

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addOption(dbOption());
    parser.addOption(help);
    command->addOptions(parser);
    if (!parser.parse(QStringList {QLatin1String(kProgram) + u' ' + command->name()} + rest.mid(1)))
        return usageError(parser.errorText(), command->name());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt writes "Usage: PROGRAM [options]" (in the user's language); show the command's real
        // synopsis instead.
        text.replace(QRegularExpression(QStringLiteral("^[^\n]*")),
            Text::tr("Usage: %1 [--db PATH] %2 %3")
                .arg(QLatin1String(kProgram), command->name(), command->synopsis()));
        m_out << text;
        return 0;
    }

    const QString dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
        : global.isSet(QStringLiteral("db"))                  ? global.value(QStringLiteral("db"))
                                                              : defaultBankPath();
    const CommandContext context {dbPath, m_out, m_err};
    try {
        const int code = command->run(parser, context);
        m_out.flush();
        return code;
    } catch (const UsageError& error) {
        m_out.flush();
        return usageError(error.message, command->name());
    } catch (const BankError& error) {
        m_out.flush();
        // One line, as scripts expect: some messages quote SQLite, whose reports span lines.
        m_err << kProgram << ": " << error.message().simplified();
        if (error.code() == BankError::Code::NoSuchFile)
            m_err << u' '
                  << Text::tr("Create one with “%1 --db PATH init”.").arg(QLatin1String(kProgram));
        m_err << u'\n';
        m_err.flush();
        return 1;
    } catch (const std::exception& error) {
        // Not a failure we foresaw (out of memory, a library fault): still one line and exit 1.
        m_out.flush();
        m_err << kProgram << ": "
              << Text::tr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what()))
              << u'\n';
        m_err.flush();
        return 1;
    }
}

} // namespace sb::cli

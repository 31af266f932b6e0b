#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::PathCommand)
};

// path: prints which bank file the other commands would use, so people (and scripts) can find
// their data, and fails (after printing it) when the file there is not a usable bank.
class PathCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("path"); }
    QString synopsis() const override { return QString(); }
    QString summary() const override
    {
        return Text::tr("Print the path of the bank the commands use.");
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        context.out << QDir::toNativeSeparators(QFileInfo(context.dbPath).absoluteFilePath())
                    << u'\n';
        context.out.flush();
        // Where the bank will be is an answer too; a file there that is no usable bank is not.
        if (QFileInfo::exists(context.dbPath))
            Bank::verify(context.dbPath);
        return 0;
    }
};

} // namespace

const Command& pathCommand()
{
    static const PathCommand command;
    return command;
}

} // namespace sb::cli

#include "app/cli/Command.h"

#include "core/backup/BankRestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::RestoreCommand)
};

// restore: puts a backup back in place of the bank, keeping the bank it replaces.
class RestoreCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return Text::tr("FILE"); }
    QString summary() const override
    {
        return Text::tr("Replace the bank with the backup FILE, after checking FILE is whole (the "
                        "bank it replaces is kept in its backup folder).");
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString backup = requirePositionals(parser, 1, Text::tr("FILE")).constFirst();
        const QString kept = restoreBank(backup, context.dbPath, QDate::currentDate());
        context.out << Text::tr("Restored %1 from %2.")
                           .arg(QDir::toNativeSeparators(context.dbPath),
                               QDir::toNativeSeparators(backup))
                    << u'\n';
        if (!kept.isEmpty())
            context.out
                << Text::tr("The bank as it was is kept in %1.").arg(QDir::toNativeSeparators(kept))
                << u'\n';
        return 0;
    }
};

} // namespace

const Command& restoreCommand()
{
    static const RestoreCommand command;
    return command;
}

} // namespace sb::cli

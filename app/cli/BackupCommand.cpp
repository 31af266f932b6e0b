#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/BankError.h"
#include "core/backup/BankBackups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::BackupCommand)
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// An existing file is replaced only when it is a bank (an older backup), never a document
// that happens to have the name.
void requireReplaceable(const QString& output, const QString& bankPath)
{
    if (QFileInfo(output).canonicalFilePath() == QFileInfo(bankPath).canonicalFilePath())
        throw UsageError {Text::tr("%1 is the bank itself; name another file.").arg(shown(output))};
    if (!QFileInfo::exists(output))
        return;
    try {
        Bank::verify(output);
    } catch (const BankError&) {
        throw UsageError {Text::tr("%1 exists and is not a StoryBank bank; it was not replaced.")
                              .arg(shown(output))};
    }
}

// backup: a copy of the bank to a file of your choosing, or the automatic copies that are due.
class BackupCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return Text::tr("[-o FILE]"); }
    QString summary() const override
    {
        return Text::tr(
            "Copy the bank to FILE; without -o, take today's automatic copy if it is due "
            "and list the bank's backups.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            Text::tr("The file to write (an older backup there is replaced)."), Text::tr("FILE")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        const QString output = parser.value(QStringLiteral("output"));
        if (!output.isEmpty()) {
            requireReplaceable(output, context.dbPath);
            context.openBank()->saveCopy(output);
            context.out << Text::tr("Wrote a copy of the bank to %1.").arg(shown(output)) << u'\n';
            return 0;
        }
        context.openBank(); // refuses a file that is not a healthy bank, with its reason
        const BankBackups backups(context.dbPath);
        backups.takeDue(QDate::currentDate());
        context.out << Text::tr("Backups in %1 (newest first):").arg(shown(backups.folder()))
                    << u'\n';
        for (const BackupFile& backup : backups.list())
            context.out << QStringLiteral("  %1\n").arg(QFileInfo(backup.path).fileName());
        return 0;
    }
};

} // namespace

const Command& backupCommand()
{
    static const BackupCommand command;
    return command;
}

} // namespace sb::cli

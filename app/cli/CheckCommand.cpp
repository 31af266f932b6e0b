#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/backup/BankBackups.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::CheckCommand)
};

// check: verifies the bank's structure, references and search index; exit 0 only when clean.
class CheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QStringLiteral("[--repair]"); }
    QString summary() const override
    {
        return Text::tr("Check the bank for damage and inconsistencies (exit 0 when all is well).");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("repair"),
            Text::tr("Rebuild the indexes and the search index (after copying the bank into its "
                     "backup folder), then check again.")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        const auto bank = context.openBank();
        const QString shown = QDir::toNativeSeparators(context.dbPath);
        QStringList problems;
        if (parser.isSet(QStringLiteral("repair"))) {
            const QString kept =
                BankBackups(context.dbPath)
                    .keepCopyBefore(BackupFile::Kind::BeforeRepair, QDate::currentDate());
            context.out << Text::tr("Copied the bank to %1 before repairing it.")
                               .arg(QDir::toNativeSeparators(kept))
                        << u'\n';
            problems = bank->repair();
        } else {
            problems = bank->problems();
        }
        if (problems.isEmpty()) {
            context.out << Text::tr(
                "%1: all is well (structure, references and search index checked).")
                               .arg(shown)
                        << u'\n';
            return 0;
        }
        for (const QString& problem : problems)
            context.out << QStringLiteral("- %1\n").arg(problem);
        context.out.flush();
        context.err << "storybank-cli: "
                    << (parser.isSet(QStringLiteral("repair"))
                               ? Text::tr("%1 still has %n problem(s) that a rebuild cannot mend; "
                                          "restore a backup (storybank-cli restore).",
                                   nullptr, int(problems.size()))
                               : Text::tr("%1 has %n problem(s); see above. storybank-cli check "
                                          "--repair rebuilds what can be rebuilt.",
                                   nullptr, int(problems.size())))
                           .arg(shown)
                    << u'\n';
        return 1;
    }
};

} // namespace

const Command& checkCommand()
{
    static const CheckCommand command;
    return command;
}

} // namespace sb::cli

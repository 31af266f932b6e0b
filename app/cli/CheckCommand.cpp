#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QDir>

namespace sb::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::cli::CheckCommand", text, disambiguation, n);
}

// check: verifies the bank's structure, references and search index; exit 0 only when clean.
class CheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QString(); }
    QString summary() const override
    {
        return tr("Check the bank for damage and inconsistencies (exit 0 when all is well).");
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, tr("no arguments"));
        const QStringList problems = context.openBank()->problems();
        const QString shown = QDir::toNativeSeparators(context.dbPath);
        if (problems.isEmpty()) {
            context.out << tr("%1: all is well (structure, references and search index checked).")
                               .arg(shown)
                        << u'\n';
            return 0;
        }
        for (const QString& problem : problems)
            context.out << QStringLiteral("- %1\n").arg(problem);
        context.out.flush();
        context.err
            << "storybank-cli: "
            << tr("%1 has %n problem(s); see above.", nullptr, int(problems.size())).arg(shown)
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

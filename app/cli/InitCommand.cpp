#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QDir>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::InitCommand)
};

// init: creates a bank, with the starter catalog unless --empty.
class InitCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("[--empty]"); }
    QString summary() const override
    {
        return Text::tr("Create a new bank (never replaces an existing file).");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("empty"),
            Text::tr("Start with no categories or questions instead of the starter "
                     "catalog.")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        Bank::CreateOptions options;
        options.starterCatalog = !parser.isSet(QStringLiteral("empty"));
        const auto bank = Bank::create(context.dbPath, options);
        const BankStats stats = bank->stats();
        context.out << Text::tr("Created %1 with %2 categories and %3 questions.")
                           .arg(QDir::toNativeSeparators(context.dbPath))
                           .arg(stats.categories)
                           .arg(stats.questions)
                    << u'\n';
        return 0;
    }
};

} // namespace

const Command& initCommand()
{
    static const InitCommand command;
    return command;
}

} // namespace sb::cli

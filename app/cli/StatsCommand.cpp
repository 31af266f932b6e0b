#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::StatsCommand)
};

// stats: how much the bank holds.
class StatsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override { return Text::tr("Count what the bank holds."); }
    void addOptions(QCommandLineParser& parser) const override { parser.addOption(jsonOption()); }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        const BankStats stats = context.openBank()->stats();
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson(QJsonObject {
                {QStringLiteral("path"), QDir::toNativeSeparators(context.dbPath)},
                {QStringLiteral("categories"), stats.categories},
                {QStringLiteral("questions"), stats.questions},
                {QStringLiteral("stories"), stats.stories},
                {QStringLiteral("tags"), stats.tags},
                {QStringLiteral("links"), stats.links},
                {QStringLiteral("interviews"), stats.interviews},
                {QStringLiteral("journal_entries"), stats.journalEntries},
                {QStringLiteral("practice_records"), stats.practiceRecords},
                {QStringLiteral("schema_version"), stats.schemaVersion},
            });
            return 0;
        }
        const QList<std::pair<QString, int>> rows {
            {Text::tr("Stories"), stats.stories},
            {Text::tr("Questions"), stats.questions},
            {Text::tr("Categories"), stats.categories},
            {Text::tr("Tags"), stats.tags},
            {Text::tr("Story–question links"), stats.links},
            {Text::tr("Interviews"), stats.interviews},
            {Text::tr("Journal entries"), stats.journalEntries},
            {Text::tr("Practice records"), stats.practiceRecords},
        };
        context.out << Text::tr("Bank: %1").arg(QDir::toNativeSeparators(context.dbPath)) << u'\n';
        for (const auto& [label, count] : rows)
            context.out << QStringLiteral("  %1 %2\n").arg(label + u':', -22).arg(count, 6);
        context.out << QStringLiteral("  %1 %2\n")
                           .arg(Text::tr("Bank format:"), -22)
                           .arg(stats.schemaVersion, 6);
        return 0;
    }
};

} // namespace

const Command& statsCommand()
{
    static const StatsCommand command;
    return command;
}

} // namespace sb::cli

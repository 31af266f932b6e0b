#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace sb::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::cli::StatsCommand", text, disambiguation, n);
}

// stats: how much the bank holds.
class StatsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override { return tr("Count what the bank holds."); }
    void addOptions(QCommandLineParser& parser) const override { parser.addOption(jsonOption()); }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, tr("no arguments"));
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
            {tr("Stories"), stats.stories},
            {tr("Questions"), stats.questions},
            {tr("Categories"), stats.categories},
            {tr("Tags"), stats.tags},
            {tr("Story–question links"), stats.links},
            {tr("Interviews"), stats.interviews},
            {tr("Journal entries"), stats.journalEntries},
            {tr("Practice records"), stats.practiceRecords},
        };
        context.out << tr("Bank: %1").arg(QDir::toNativeSeparators(context.dbPath)) << u'\n';
        for (const auto& [label, count] : rows)
            context.out << QStringLiteral("  %1 %2\n").arg(label + u':', -22).arg(count, 6);
        context.out
            << QStringLiteral("  %1 %2\n").arg(tr("Bank format:"), -22).arg(stats.schemaVersion, 6);
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

#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/exchange/ImportSources.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::ImportCommand)
};

QJsonArray warningsJson(const QList<ImportWarning>& warnings)
{
    QJsonArray array;
    for (const ImportWarning& warning : warnings)
        array.append(QJsonObject {
            {QStringLiteral("file"), warning.source},
            {QStringLiteral("line"), warning.line},
            {QStringLiteral("message"), warning.message},
        });
    return array;
}

QJsonObject summaryJson(const ImportSummary& summary, bool dryRun)
{
    return QJsonObject {
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("questions_added"), summary.questionsAdded},
        {QStringLiteral("questions_reused"), summary.questionsReused},
        {QStringLiteral("stories_added"), summary.storiesAdded},
        {QStringLiteral("stories_reused"), summary.storiesReused},
        {QStringLiteral("links_added"), summary.linksAdded},
        {QStringLiteral("categories_added"), summary.categoriesAdded},
        {QStringLiteral("tags_added"), summary.tagsAdded},
        {QStringLiteral("interviews_added"), summary.interviewsAdded},
        {QStringLiteral("journal_added"), summary.journalAdded},
        {QStringLiteral("practice_added"), summary.practiceAdded},
        {QStringLiteral("warnings"), warningsJson(summary.warnings)},
    };
}

void printSummary(const ImportSummary& summary, bool dryRun, QTextStream& out)
{
    out << (dryRun ? Text::tr("Would add (nothing was written):") : Text::tr("Added:")) << u'\n';
    const QList<std::pair<QString, QString>> rows {
        {Text::tr("Questions"),
            Text::tr("%1 new, %2 already in the bank")
                .arg(summary.questionsAdded)
                .arg(summary.questionsReused)},
        {Text::tr("Stories"),
            Text::tr("%1 new, %2 already in the bank")
                .arg(summary.storiesAdded)
                .arg(summary.storiesReused)},
        {Text::tr("Story–question links"), QString::number(summary.linksAdded)},
        {Text::tr("Categories"), QString::number(summary.categoriesAdded)},
        {Text::tr("Tags"), QString::number(summary.tagsAdded)},
    };
    for (const auto& [label, value] : rows)
        out << QStringLiteral("  %1 %2\n").arg(label + u':', -22).arg(value);
    // The records only an exchange file carries are mentioned only when there are any.
    const QList<std::pair<QString, int>> records {
        {Text::tr("Interviews"), summary.interviewsAdded},
        {Text::tr("Journal entries"), summary.journalAdded},
        {Text::tr("Practice records"), summary.practiceAdded},
    };
    for (const auto& [label, count] : records) {
        if (count > 0)
            out << QStringLiteral("  %1 %2\n").arg(label + u':', -22).arg(count);
    }
    if (summary.warnings.isEmpty())
        return;
    out << Text::tr("Warnings:") << u'\n';
    for (const ImportWarning& warning : summary.warnings) {
        const QString place = warning.line > 0
            ? QStringLiteral("%1:%2").arg(warning.source).arg(warning.line)
            : warning.source;
        out << QStringLiteral("  %1: %2\n").arg(place, warning.message);
    }
}

// import: Markdown notes and StoryBank exports into the bank, all files or none.
class ImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return Text::tr("FILE|FOLDER… [--dry-run] [--json]"); }
    QString summary() const override
    {
        return Text::tr("Import Markdown notes (.md, .markdown, .txt, or a folder of them) or a "
                        "StoryBank .json export.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("dry-run"),
            Text::tr("Show what the import would add, and write nothing.")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            throw UsageError {Text::tr("Name at least one file or folder to import.")};
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const auto bank = context.openBank();
        // Every file is read and understood before the bank is touched.
        const QList<ImportDocument> documents = ImportSources::readAll(paths);
        const ImportSummary summary = bank->importDocuments(documents, dryRun);
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(summaryJson(summary, dryRun));
        else
            printSummary(summary, dryRun, context.out);
        return 0;
    }
};

} // namespace

const Command& importCommand()
{
    static const ImportCommand command;
    return command;
}

} // namespace sb::cli

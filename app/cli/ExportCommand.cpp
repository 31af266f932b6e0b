#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/exchange/BankExport.h"

#include <QCoreApplication>
#include <QDir>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::ExportCommand)
};

// The format asked for, or told by the output's name; a Markdown export into a folder when the
// output is one.
ExportFormat chooseFormat(const QString& key, const QString& output)
{
    const std::optional<ExportFormat> byPath = BankExport::formatForPath(output);
    if (key.isEmpty()) {
        if (!byPath)
            throw UsageError {
                Text::tr("%1: say --format json or --format markdown, or name the file "
                         ".json or .md.")
                    .arg(output)};
        return *byPath;
    }
    const std::optional<ExportFormat> asked = BankExport::formatFromKey(key);
    if (!asked)
        throw UsageError {Text::tr("--format takes json or markdown, not “%1”.").arg(key)};
    if (*asked == ExportFormat::Markdown && byPath == ExportFormat::MarkdownFolder)
        return ExportFormat::MarkdownFolder;
    if (*asked == ExportFormat::Json && byPath == ExportFormat::MarkdownFolder)
        throw UsageError {Text::tr("%1 is a folder; a JSON export is one file.").arg(output)};
    return *asked;
}

// export: the whole bank as JSON (everything, to import elsewhere) or readable Markdown.
class ExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return Text::tr("[--format json|markdown] -o FILE|FOLDER/");
    }
    QString summary() const override
    {
        return Text::tr(
            "Export the whole bank as JSON or Markdown (a file, or a folder with one file "
            "per story).");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("format"),
            Text::tr(
                "json (everything, for import) or markdown (to read); default: from the name."),
            Text::tr("FORMAT")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            Text::tr("The file to write, or a folder (ending in /) for Markdown with one file per "
                     "story."),
            Text::tr("PATH")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            throw UsageError {
                Text::tr("Say where to write it: -o bank.json, -o bank.md or -o folder/.")};
        const ExportFormat format = chooseFormat(parser.value(QStringLiteral("format")), output);
        const auto bank = context.openBank();
        BankExport::write(*bank, format, output);
        const BankStats stats = bank->stats();
        context.out << Text::tr("Wrote %1: %2 stories, %3 questions.")
                           .arg(QDir::toNativeSeparators(output))
                           .arg(stats.stories)
                           .arg(stats.questions)
                    << u'\n';
        return 0;
    }
};

} // namespace

const Command& exportCommand()
{
    static const ExportCommand command;
    return command;
}

} // namespace sb::cli

#include "app/cli/Command.h"

#include "app/print/SheetExport.h"
#include "app/print/SheetFitter.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/sheet/SheetComposer.h"

#include <QCoreApplication>
#include <QDir>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::CheatsheetCommand)
};

// What the options ask for, checked before the bank is opened.
struct SheetOptions {
    QString output;
    int pages = 1;
    print::SheetStyle style;
};

SheetOptions readOptions(const QCommandLineParser& parser)
{
    SheetOptions options;
    options.output = parser.value(QStringLiteral("output"));
    if (options.output.isEmpty())
        throw UsageError {
            Text::tr("Say where to write the sheet: -o sheet.pdf, sheet.html or sheet.md.")};
    if (!print::SheetExport::formatForPath(options.output))
        throw UsageError {
            Text::tr("%1: the name must end in .pdf, .html or .md, which chooses the format.")
                .arg(options.output)};
    bool ok = false;
    options.pages = parser.value(QStringLiteral("pages")).toInt(&ok);
    if (!ok || options.pages < 1 || options.pages > 4)
        throw UsageError {Text::tr("--pages takes 1, 2, 3 or 4.")};
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("a4"))
        options.style.paper = print::SheetPaper::A4;
    else if (paper == QLatin1String("letter"))
        options.style.paper = print::SheetPaper::Letter;
    else if (!paper.isEmpty())
        throw UsageError {Text::tr("--paper takes a4 or letter.")};
    const QString columns = parser.value(QStringLiteral("columns"));
    if (columns == QLatin1String("1") || columns == QLatin1String("2"))
        options.style.columns = columns.toInt();
    else
        throw UsageError {Text::tr("--columns takes 1 or 2.")};
    return options;
}

template<typename Found>
Found require(const std::optional<Found>& found, const QString& kind, const QString& name)
{
    if (!found)
        throw BankError(
            BankError::Code::NoSuchItem, Text::tr("There is no %1 named “%2”.").arg(kind, name));
    return *found;
}

// cheatsheet: one printable page of the right stories, as PDF, HTML or Markdown.
class CheatsheetCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("cheatsheet"); }
    QString synopsis() const override
    {
        return Text::tr("-o OUT.pdf|OUT.html|OUT.md [--category NAME]… [--tag NAME]… "
                        "[--interview NAME] [--pages N] [--paper a4|letter]");
    }
    QString summary() const override { return Text::tr("Make the one-page cheat sheet."); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            Text::tr("Where to write it; .pdf, .html or .md chooses the format."),
            Text::tr("FILE")});
        parser.addOption({QStringLiteral("category"),
            Text::tr("Only this category (repeatable, in the order given)."), Text::tr("NAME")});
        parser.addOption({QStringLiteral("tag"),
            Text::tr("Only stories with this tag (repeatable: any of them)."), Text::tr("NAME")});
        parser.addOption({QStringLiteral("interview"),
            Text::tr("The sheet for this interview: its id, company or role."), Text::tr("NAME")});
        parser.addOption({QStringLiteral("pages"), Text::tr("Fit on N pages (default 1)."),
            QStringLiteral("N"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("paper"),
            Text::tr("a4 or letter (default: the usual paper where you live)."), Text::tr("SIZE")});
        parser.addOption({QStringLiteral("columns"), Text::tr("1 or 2 columns (default 2)."),
            QStringLiteral("N"), QStringLiteral("2")});
        parser.addOption(
            {QStringLiteral("title"), Text::tr("The sheet's heading."), Text::tr("TEXT")});
        parser.addOption(
            {QStringLiteral("all"), Text::tr("Drafts and ideas too, not only ready stories.")});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        const SheetOptions options = readOptions(parser);
        const auto bank = context.openBank();

        SheetRequest request;
        request.title = parser.value(QStringLiteral("title"));
        request.readyOnly = !parser.isSet(QStringLiteral("all"));
        for (const QString& name : parser.values(QStringLiteral("category")))
            request.categories.append(
                require(bank->categoryNamed(name), Text::tr("category"), name).id);
        for (const QString& name : parser.values(QStringLiteral("tag")))
            request.tags.append(require(bank->tagNamed(name), Text::tr("tag"), name).id);
        if (parser.isSet(QStringLiteral("interview"))) {
            const QString name = parser.value(QStringLiteral("interview"));
            const InterviewId found = findInterview(*bank, name);
            if (!found.isValid()) {
                listAmbiguous(*bank, name, context);
                return 1;
            }
            request.interview = found;
        }

        const CheatSheet sheet = SheetComposer::compose(*bank, request);
        // Questions to ask alone do not make a cheat sheet: the stories are its point.
        if (sheet.categories.isEmpty()) {
            context.err << (request.interview
                    ? Text::tr("Nothing to put on the sheet for this interview: plan stories "
                               "for its questions with “storybank-cli plan”.")
                    : request.readyOnly
                    ? Text::tr("Nothing to put on the sheet: no ready story matches. Mark stories "
                               "ready, or add --all to use drafts too.")
                    : Text::tr("Nothing to put on the sheet: no story matches."))
                        << u'\n';
            return 1;
        }
        const print::SheetFit fit = print::SheetFitter::fit(sheet, options.style, options.pages);
        if (!fit.fits) {
            context.err << fit.status() << u'\n';
            return 1;
        }
        QString error;
        if (!print::SheetExport::write(options.output, sheet, fit, &error)) {
            context.err << error << u'\n';
            return 1;
        }
        context.out << Text::tr("Wrote %1 (%2). %3")
                           .arg(QDir::toNativeSeparators(options.output),
                               fit.pageCount == 1 ? Text::tr("1 page")
                                                  : Text::tr("%1 pages").arg(fit.pageCount),
                               fit.status())
                    << u'\n';
        return 0;
    }

private:
    static QList<Interview> interviewsNamed(const Bank& bank, const QString& name)
    {
        QList<Interview> named;
        for (const Interview& interview : bank.interviews()) {
            if (interview.company.compare(name.trimmed(), Qt::CaseInsensitive) == 0
                || interview.role.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                named << interview;
        }
        return named;
    }

    // The interview with this id, else the one with this company or role; an invalid id when
    // more than one has it (guessing would print the sheet for the wrong day).
    static InterviewId findInterview(const Bank& bank, const QString& name)
    {
        bool isNumber = false;
        const qlonglong id = name.trimmed().toLongLong(&isNumber);
        if (isNumber && id > 0) {
            if (const auto interview = bank.interview(InterviewId(id)))
                return interview->id;
        }
        const QList<Interview> named = interviewsNamed(bank, name);
        if (named.isEmpty())
            throw BankError(BankError::Code::NoSuchItem,
                Text::tr("There is no interview with the id or name “%1”. Run “storybank-cli "
                         "list interviews” to see them.")
                    .arg(name));
        return named.size() == 1 ? named.first().id : InterviewId();
    }

    static void listAmbiguous(const Bank& bank, const QString& name, const CommandContext& context)
    {
        const QList<Interview> named = interviewsNamed(bank, name);
        context.err << Text::tr("“%1” names %2 interviews; choose one by its id with "
                                "--interview ID:")
                           .arg(name)
                           .arg(named.size())
                    << u'\n';
        for (const Interview& interview : named) {
            QStringList parts {interview.company, interview.role, interview.stage};
            if (interview.scheduled.isValid())
                parts << interview.scheduled.toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd HH:mm"));
            parts.removeAll(QString());
            context.err << QStringLiteral("%1  %2\n")
                               .arg(interview.id.value, 5)
                               .arg(parts.join(QStringLiteral(" · ")));
        }
    }
};

} // namespace

const Command& cheatsheetCommand()
{
    static const CheatsheetCommand command;
    return command;
}

} // namespace sb::cli

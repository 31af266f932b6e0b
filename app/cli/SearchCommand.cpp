#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace sb::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::cli::SearchCommand", text, disambiguation, n);
}

// Matched words in bold on a terminal; unmarked when the output goes to a file or a pipe.
QString marked(QString snippet, bool terminal)
{
    snippet.replace(SearchHit::MatchStart, terminal ? QStringLiteral("\x1b[1m") : QString());
    snippet.replace(SearchHit::MatchEnd, terminal ? QStringLiteral("\x1b[0m") : QString());
    return snippet.simplified();
}

// search: full-text search over stories and questions.
class SearchCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("QUERY… [--limit N] [--json]"); }
    QString summary() const override { return tr("Find stories and questions by their words."); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(
            QStringLiteral("query"), tr("Words to find; each matches as a prefix."));
        parser.addOption({QStringLiteral("limit"), tr("At most N results (default 20)."),
            QStringLiteral("N"), QStringLiteral("20")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString query = parser.positionalArguments().join(u' ');
        if (query.trimmed().isEmpty())
            throw UsageError {tr("Give the words to search for.")};
        const int limit =
            int(parseId(parser.value(QStringLiteral("limit")), QStringLiteral("--limit")));
        const QList<SearchHit> hits = context.openBank()->search(query, limit);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SearchHit& hit : hits)
                array.append(QJsonObject {
                    {QStringLiteral("type"),
                        hit.kind == SearchHit::Kind::Story ? QStringLiteral("story")
                                                           : QStringLiteral("question")},
                    {QStringLiteral("id"), qint64(hit.id)}, {QStringLiteral("title"), hit.title},
                    {QStringLiteral("snippet"), marked(hit.snippet, false)}});
            context.printJson(array);
            return 0;
        }
        if (hits.isEmpty()) {
            context.out << tr("Nothing matches “%1”.").arg(query) << u'\n';
            return 0;
        }
        const bool terminal = isatty(STDOUT_FILENO);
        for (const SearchHit& hit : hits) {
            const QString kind = hit.kind == SearchHit::Kind::Story ? tr("story") : tr("question");
            context.out
                << QStringLiteral("%1 %2  %3\n").arg(kind, -8).arg(hit.id, 5).arg(hit.title);
            // A story's snippet shows where it matched, unless that was just its title.
            const QString snippet = marked(hit.snippet, terminal);
            if (hit.kind == SearchHit::Kind::Story
                && marked(hit.snippet, false) != hit.title.simplified() && !snippet.isEmpty())
                context.out << QStringLiteral("                %1\n").arg(snippet);
        }
        return 0;
    }
};

} // namespace

const Command& searchCommand()
{
    static const SearchCommand command;
    return command;
}

} // namespace sb::cli

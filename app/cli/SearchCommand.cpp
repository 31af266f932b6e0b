#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::SearchCommand)
};

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
    QString synopsis() const override { return Text::tr("QUERY… [--limit N] [--json]"); }
    QString summary() const override
    {
        return Text::tr("Find stories and questions by their words.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(
            QStringLiteral("query"), Text::tr("Words to find; each matches as a prefix."));
        parser.addOption({QStringLiteral("limit"), Text::tr("At most N results (default 20)."),
            QStringLiteral("N"), QStringLiteral("20")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString query = parser.positionalArguments().join(u' ');
        if (query.trimmed().isEmpty())
            throw UsageError {Text::tr("Give the words to search for.")};
        const int limit =
            parseCount(parser.value(QStringLiteral("limit")), QStringLiteral("--limit"));
        const auto bank = context.openBank();
        const QList<SearchHit> hits = bank->search(query, limit);
        if (parser.isSet(QStringLiteral("json")))
            printJson(*bank, hits, context);
        else
            printText(*bank, hits, query, context);
        return 0;
    }

private:
    // A story's links name the questions it answers; a question's, the stories answering it.
    static QList<std::pair<int64_t, LinkFit>> linksOf(const Bank& bank, const SearchHit& hit)
    {
        QList<std::pair<int64_t, LinkFit>> result;
        const bool story = hit.kind == SearchHit::Kind::Story;
        for (const StoryQuestionLink& link :
            story ? bank.linksOfStory(StoryId(hit.id)) : bank.linksOfQuestion(QuestionId(hit.id)))
            result.append({story ? link.question.value : link.story.value, link.fit});
        return result;
    }

    static void printJson(
        const Bank& bank, const QList<SearchHit>& hits, const CommandContext& context)
    {
        QJsonArray array;
        for (const SearchHit& hit : hits) {
            const bool story = hit.kind == SearchHit::Kind::Story;
            QJsonArray links;
            for (const auto& [id, fit] : linksOf(bank, hit))
                links.append(QJsonObject {
                    {story ? QStringLiteral("question") : QStringLiteral("story"), qint64(id)},
                    {QStringLiteral("fit"), toKey(fit)}});
            array.append(
                QJsonObject {{QStringLiteral("type"),
                                 story ? QStringLiteral("story") : QStringLiteral("question")},
                    {QStringLiteral("id"), qint64(hit.id)}, {QStringLiteral("title"), hit.title},
                    {QStringLiteral("snippet"), marked(hit.snippet, false)},
                    {QStringLiteral("links"), links}});
        }
        context.printJson(array);
    }

    static void printText(const Bank& bank, const QList<SearchHit>& hits, const QString& query,
        const CommandContext& context)
    {
        if (hits.isEmpty()) {
            context.out << Text::tr("Nothing matches “%1”.").arg(query) << u'\n';
            return;
        }
        const bool terminal = isatty(STDOUT_FILENO);
        const QString indent(16, u' ');
        for (const SearchHit& hit : hits) {
            const bool story = hit.kind == SearchHit::Kind::Story;
            context.out << QStringLiteral("%1 %2  %3\n")
                               .arg(story ? Text::tr("story") : Text::tr("question"), -8)
                               .arg(hit.id, 5)
                               .arg(hit.title);
            // A story's snippet shows where it matched, unless that was just its title.
            const QString snippet = marked(hit.snippet, terminal);
            if (story && marked(hit.snippet, false) != hit.title.simplified() && !snippet.isEmpty())
                context.out << indent << snippet << u'\n';
            QStringList links;
            for (const auto& [id, fit] : linksOf(bank, hit))
                links.append(QStringLiteral("%1 (%2)").arg(id).arg(toKey(fit)));
            if (!links.isEmpty())
                context.out << indent
                            << (story ? Text::tr("answers questions %1")
                                      : Text::tr("answered by stories %1"))
                                   .arg(links.join(QLatin1String(", ")))
                            << u'\n';
        }
    }
};

} // namespace

const Command& searchCommand()
{
    static const SearchCommand command;
    return command;
}

} // namespace sb::cli

#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::RemoveCommand)
};

// remove: deletes a story, question, category or tag, with its links.
class RemoveCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("remove"); }
    QString synopsis() const override { return Text::tr("story|question|category|tag ID"); }
    QString summary() const override
    {
        return Text::tr("Remove a story, question, category or tag (and its links).");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(
            QStringLiteral("what"), Text::tr("story, question, category or tag"));
        parser.addPositionalArgument(QStringLiteral("id"), Text::tr("Its id."));
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args =
            requirePositionals(parser, 2, Text::tr("what to remove and its ID"));
        const QString& what = args[0];
        const int64_t id = parseId(args[1], Text::tr("ID"));
        using Remover = void (*)(Bank&, int64_t);
        const QList<std::pair<QString, Remover>> removers {
            {QStringLiteral("story"), [](Bank& b, int64_t i) { b.removeStory(StoryId(i)); }},
            {QStringLiteral("question"),
                [](Bank& b, int64_t i) { b.removeQuestion(QuestionId(i)); }},
            {QStringLiteral("category"),
                [](Bank& b, int64_t i) { b.removeCategory(CategoryId(i)); }},
            {QStringLiteral("tag"), [](Bank& b, int64_t i) { b.removeTag(TagId(i)); }},
        };
        for (const auto& [key, remover] : removers) {
            if (what == key) {
                remover(*context.openBank(), id);
                context.out << Text::tr("Removed %1 %2.").arg(what).arg(id) << u'\n';
                return 0;
            }
        }
        throw UsageError {
            Text::tr("Cannot remove “%1”: choose story, question, category or tag.").arg(what)};
    }
};

} // namespace

const Command& removeCommand()
{
    static const RemoveCommand command;
    return command;
}

} // namespace sb::cli

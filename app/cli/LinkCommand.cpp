#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::cli::LinkCommand", text, disambiguation, n);
}

// link: records that a story answers a question (or changes how well it does).
class LinkCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("link"); }
    QString synopsis() const override
    {
        return QStringLiteral("STORY_ID QUESTION_ID [--fit strong|partial] [--angle TEXT]");
    }
    QString summary() const override { return tr("Link a story to a question it answers."); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("story"), tr("The story's id."));
        parser.addPositionalArgument(QStringLiteral("question"), tr("The question's id."));
        parser.addOption({QStringLiteral("fit"), tr("strong (default) or partial."),
            QStringLiteral("FIT"), QStringLiteral("strong")});
        parser.addOption(
            {QStringLiteral("angle"), tr("How to tell the story for this question."), tr("TEXT")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList ids = requirePositionals(parser, 2, tr("STORY_ID QUESTION_ID"));
        StoryQuestionLink link;
        link.story = StoryId(parseId(ids[0], tr("STORY_ID")));
        link.question = QuestionId(parseId(ids[1], tr("QUESTION_ID")));
        const auto fit = linkFitFromKey(parser.value(QStringLiteral("fit")));
        if (!fit)
            throw UsageError {tr("--fit must be strong or partial, not “%1”.")
                                  .arg(parser.value(QStringLiteral("fit")))};
        link.fit = *fit;
        link.angle = parser.value(QStringLiteral("angle"));
        context.openBank()->link(link);
        context.out << tr("Linked story %1 to question %2 (%3).")
                           .arg(link.story.value)
                           .arg(link.question.value)
                           .arg(toKey(link.fit))
                    << u'\n';
        return 0;
    }
};

} // namespace

const Command& linkCommand()
{
    static const LinkCommand command;
    return command;
}

} // namespace sb::cli

#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::LinkCommand)
};

// link: records that a story answers a question (or changes how well it does).
class LinkCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("link"); }
    QString synopsis() const override
    {
        return Text::tr("STORY_ID QUESTION_ID [--fit strong|partial] [--angle TEXT]");
    }
    QString summary() const override { return Text::tr("Link a story to a question it answers."); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("story"), Text::tr("The story's id."));
        parser.addPositionalArgument(QStringLiteral("question"), Text::tr("The question's id."));
        parser.addOption({QStringLiteral("fit"), Text::tr("strong (default) or partial."),
            Text::tr("FIT"), QStringLiteral("strong")});
        parser.addOption({QStringLiteral("angle"),
            Text::tr("How to tell the story for this question."), Text::tr("TEXT")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList ids = requirePositionals(parser, 2, Text::tr("STORY_ID QUESTION_ID"));
        StoryQuestionLink link;
        link.story = StoryId(parseId(ids[0], Text::tr("STORY_ID")));
        link.question = QuestionId(parseId(ids[1], Text::tr("QUESTION_ID")));
        const auto fit = linkFitFromKey(parser.value(QStringLiteral("fit")));
        if (!fit)
            throw UsageError {Text::tr("--fit must be strong or partial, not “%1”.")
                                  .arg(parser.value(QStringLiteral("fit")))};
        link.fit = *fit;
        link.angle = parser.value(QStringLiteral("angle"));
        context.openBank()->link(link);
        context.out << Text::tr("Linked story %1 to question %2 (%3).")
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

#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::PlanCommand)
};

// plan: plans a story for a question expected at an interview.
class PlanCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString synopsis() const override
    {
        return Text::tr("INTERVIEW_ID --question QUESTION_ID --story STORY_ID");
    }
    QString summary() const override
    {
        return Text::tr("Plan a story for a question expected at an interview.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("interview"), Text::tr("The interview's id."));
        parser.addOption({QStringLiteral("question"),
            Text::tr("The question's id; it is added to the expected questions when new."),
            QStringLiteral("QUESTION_ID")});
        parser.addOption({QStringLiteral("story"), Text::tr("The story to tell for it."),
            QStringLiteral("STORY_ID")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList ids = requirePositionals(parser, 1, Text::tr("INTERVIEW_ID"));
        const InterviewId interview(parseId(ids[0], Text::tr("INTERVIEW_ID")));
        for (const char* option : {"question", "story"}) {
            if (!parser.isSet(QLatin1String(option)))
                throw UsageError {Text::tr("“plan” needs --%1.").arg(QLatin1String(option))};
        }
        const QuestionId question(
            parseId(parser.value(QStringLiteral("question")), QStringLiteral("--question")));
        const StoryId story(
            parseId(parser.value(QStringLiteral("story")), QStringLiteral("--story")));
        // The bank names the id that does not exist (interview, question or story).
        context.openBank()->planStory(interview, question, story);
        context.out << Text::tr("Planned story %1 for question %2 at interview %3.")
                           .arg(story.value)
                           .arg(question.value)
                           .arg(interview.value)
                    << u'\n';
        return 0;
    }
};

} // namespace

const Command& planCommand()
{
    static const PlanCommand command;
    return command;
}

} // namespace sb::cli

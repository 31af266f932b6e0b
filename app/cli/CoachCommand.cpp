#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/BankError.h"
#include "core/analysis/StoryCoach.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::CoachCommand)
};

// One story's findings, with whether the user has dismissed each one.
struct StoryReview {
    Story story;
    QList<std::pair<CoachFinding, bool>> findings;
};

StoryReview reviewStory(const Bank& bank, const StoryCoach& coach, const Story& story, bool all)
{
    CoachContext context = StoryCoach::contextFor(bank, story);
    const QSet<QString> dismissed = context.dismissed;
    if (all)
        context.dismissed.clear();
    StoryReview review {story, {}};
    for (const CoachFinding& finding : coach.review(story, context))
        review.findings.append({finding, dismissed.contains(finding.rule)});
    return review;
}

void printJson(const QList<StoryReview>& reviews, const CommandContext& context)
{
    QJsonArray array;
    for (const StoryReview& review : reviews) {
        for (const auto& [finding, dismissed] : review.findings) {
            array.append(QJsonObject {{QStringLiteral("story"), qint64(finding.story.value)},
                {QStringLiteral("title"), review.story.title},
                {QStringLiteral("rule"), finding.rule},
                {QStringLiteral("message"), finding.message},
                {QStringLiteral("section"),
                    finding.section ? QJsonValue(toKey(*finding.section))
                                    : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("start"), finding.start},
                {QStringLiteral("length"), finding.length},
                {QStringLiteral("dismissed"), dismissed}});
        }
    }
    context.printJson(array);
}

void printText(const QList<StoryReview>& reviews, const CommandContext& context)
{
    bool any = false;
    for (const StoryReview& review : reviews) {
        if (review.findings.isEmpty())
            continue;
        any = true;
        context.out << QStringLiteral("#%1 %2\n")
                           .arg(review.story.id.value)
                           .arg(review.story.title.isEmpty() ? Text::tr("(untitled)")
                                                             : review.story.title);
        for (const auto& [finding, dismissed] : review.findings) {
            const QString where = finding.section
                ? QStringLiteral(" (%1)").arg(sectionTitle(*finding.section))
                : QString();
            context.out << QStringLiteral("  %1%2: %3%4\n")
                               .arg(finding.rule, where, finding.message,
                                   dismissed ? QStringLiteral(" ") + Text::tr("[dismissed]")
                                             : QString());
        }
    }
    if (!any)
        context.out << Text::tr("The coach has nothing to say.") << u'\n';
}

// --dismiss RULE / --restore RULE on one story: what the GUI's "Dismiss" does, for scripts.
int changeDismissal(const QCommandLineParser& parser, const CommandContext& context)
{
    const bool dismiss = parser.isSet(QStringLiteral("dismiss"));
    if (dismiss && parser.isSet(QStringLiteral("restore")))
        throw UsageError {Text::tr("Give --dismiss or --restore, not both.")};
    const QStringList ids = requirePositionals(parser, 1, Text::tr("one STORY_ID"));
    const StoryId story(parseId(ids.first(), Text::tr("The story id")));
    const QString rule =
        parser.value(dismiss ? QStringLiteral("dismiss") : QStringLiteral("restore"));
    const QStringList rules = StoryCoach().ruleIds();
    if (!rules.contains(rule))
        throw UsageError {Text::tr("There is no coach rule “%1”; the rules are: %2.")
                              .arg(rule, rules.join(QLatin1String(", ")))};
    const auto bank = context.openBank();
    if (dismiss) {
        bank->dismissCoachRule(story, rule);
        context.out << Text::tr("Dismissed %1 for story %2.").arg(rule).arg(story.value) << u'\n';
    } else {
        bank->restoreCoachRule(story, rule);
        context.out << Text::tr("Restored %1 for story %2.").arg(rule).arg(story.value) << u'\n';
    }
    return 0;
}

// coach: the story coach's findings for one story or all of them.
class CoachCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("coach"); }
    QString synopsis() const override
    {
        return Text::tr("[STORY_ID] [--all] [--json] | STORY_ID --dismiss|--restore RULE");
    }
    QString summary() const override
    {
        return Text::tr("Point out what would make stories stronger in an interview.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("story"),
            Text::tr("The story's id; every story when left out."), Text::tr("[id]"));
        parser.addOption(QCommandLineOption(
            QStringLiteral("all"), Text::tr("Include findings that were dismissed for a story.")));
        parser.addOption(jsonOption());
        parser.addOption({QStringLiteral("dismiss"),
            Text::tr("Stop reporting this rule's findings for the story."), Text::tr("RULE")});
        parser.addOption({QStringLiteral("restore"),
            Text::tr("Report this rule's findings for the story again."), Text::tr("RULE")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        if (parser.isSet(QStringLiteral("dismiss")) || parser.isSet(QStringLiteral("restore")))
            return changeDismissal(parser, context);
        const QStringList positionals = parser.positionalArguments();
        if (positionals.size() > 1)
            throw UsageError {Text::tr("Expected at most one story id.")};
        const auto bank = context.openBank();
        QList<Story> stories;
        if (positionals.isEmpty()) {
            stories = bank->stories();
        } else {
            const StoryId id(parseId(positionals.first(), Text::tr("The story id")));
            const auto story = bank->story(id);
            if (!story)
                throw BankError(BankError::Code::NoSuchItem,
                    Text::tr("There is no story with id %1.").arg(id.value));
            stories.append(*story);
        }
        const StoryCoach coach;
        const bool all = parser.isSet(QStringLiteral("all"));
        QList<StoryReview> reviews;
        for (const Story& story : stories)
            reviews.append(reviewStory(*bank, coach, story, all));
        if (parser.isSet(QStringLiteral("json")))
            printJson(reviews, context);
        else
            printText(reviews, context);
        // Findings are advice, not failure: scripts can run this without treating it as an error.
        return 0;
    }
};

} // namespace

const Command& coachCommand()
{
    static const CoachCommand command;
    return command;
}

} // namespace sb::cli

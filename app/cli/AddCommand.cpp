#include "app/cli/AddSteps.h"
#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/BankError.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::AddCommand)
};

QString value(const QCommandLineParser& parser, const char* option)
{
    return parser.value(QLatin1String(option));
}

template<typename E>
E parseKey(const QCommandLineParser& parser, const char* option, E fallback,
    std::optional<E> (*fromKey)(const QString&), const QString& choices)
{
    if (!parser.isSet(QLatin1String(option)))
        return fallback;
    if (const auto parsed = fromKey(value(parser, option)))
        return *parsed;
    throw UsageError {Text::tr("--%1 must be %2, not “%3”.")
                          .arg(QLatin1String(option), choices, value(parser, option))};
}

QList<CategoryId> categoriesNamed(const Bank& bank, const QStringList& names)
{
    QList<CategoryId> ids;
    for (const QString& name : names) {
        const auto category = bank.categoryNamed(name);
        if (!category)
            throw BankError(BankError::Code::NoSuchItem,
                Text::tr("There is no category named “%1”. Run “storybank-cli list "
                         "categories” to see them.")
                    .arg(name));
        ids.append(category->id);
    }
    return ids;
}

AddStep prepareStory(const QCommandLineParser& parser)
{
    Story story;
    story.title = value(parser, "title");
    story.summary = value(parser, "summary");
    story.method = parseKey(
        parser, "method", StoryMethod::Star, storyMethodFromKey, Text::tr("STAR, STARL or CARL"));
    story.situation = value(parser, "situation");
    story.task = value(parser, "task");
    story.action = value(parser, "action");
    story.result = value(parser, "result");
    story.learning = value(parser, "learning");
    story.cues = parser.values(QStringLiteral("cue"));
    story.role = value(parser, "role");
    story.organization = value(parser, "organization");
    story.period = value(parser, "when");
    story.status = parseKey(
        parser, "status", StoryStatus::Draft, storyStatusFromKey, Text::tr("idea, draft or ready"));
    const QStringList tags = parser.values(QStringLiteral("tag"));
    for (const QString& name : tags) {
        if (name.trimmed().isEmpty())
            throw UsageError {Text::tr("--tag needs a name.")};
    }
    const QStringList categories = parser.values(QStringLiteral("category"));
    return [=](Bank& bank) mutable {
        story.categories = categoriesNamed(bank, categories);
        // New tags are made on the fly, as in the editor, in the story's own transaction.
        return bank.addStory(story, tags).value;
    };
}

AddStep prepareQuestion(const QCommandLineParser& parser)
{
    Question question;
    question.text = value(parser, "text");
    question.kind = parseKey(parser, "kind", QuestionKind::Behavioral, questionKindFromKey,
        Text::tr("behavioral, hypothetical, role_fit, technical, about_you or to_ask"));
    question.variants = parser.values(QStringLiteral("variant"));
    question.notes = value(parser, "notes");
    const QStringList categories = parser.values(QStringLiteral("category"));
    return [=](Bank& bank) mutable {
        question.categories = categoriesNamed(bank, categories);
        return bank.addQuestion(question).value;
    };
}

AddStep prepareCategory(const QCommandLineParser& parser)
{
    Category category;
    category.name = value(parser, "name");
    category.description = value(parser, "description");
    category.colour = value(parser, "colour");
    return [=](Bank& bank) { return bank.addCategory(category).value; };
}

AddStep prepareTag(const QCommandLineParser& parser)
{
    const Tag tag {TagId(), value(parser, "name"), value(parser, "colour")};
    return [=](Bank& bank) { return bank.addTag(tag).value; };
}

struct Kind {
    const char* name; // as typed after `add`
    const char* required; // checked before the bank is opened
    QStringList options; // the options that apply to it
    AddStep (*prepare)(const QCommandLineParser&);
};

const QList<Kind>& kinds()
{
    static const QList<Kind> list {
        {"story", "title",
            {QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("method"),
                QStringLiteral("situation"), QStringLiteral("task"), QStringLiteral("action"),
                QStringLiteral("result"), QStringLiteral("learning"), QStringLiteral("cue"),
                QStringLiteral("role"), QStringLiteral("organization"), QStringLiteral("when"),
                QStringLiteral("status"), QStringLiteral("tag"), QStringLiteral("category")},
            prepareStory},
        {"question", "text",
            {QStringLiteral("text"), QStringLiteral("kind"), QStringLiteral("variant"),
                QStringLiteral("notes"), QStringLiteral("category")},
            prepareQuestion},
        {"category", "name",
            {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("colour")},
            prepareCategory},
        {"tag", "name", {QStringLiteral("name"), QStringLiteral("colour")}, prepareTag},
        {"interview", "company",
            {QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("date"),
                QStringLiteral("time"), QStringLiteral("stage")},
            prepareInterview},
        {"journal", "title",
            {QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("date"),
                QStringLiteral("until"), QStringLiteral("metrics"), QStringLiteral("tag")},
            prepareJournalEntry},
    };
    return list;
}

// add: creates a story, question, category, tag, interview or journal entry and prints its id.
class AddCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("add"); }
    QString synopsis() const override
    {
        return Text::tr("story|question|category|tag|interview|journal OPTIONS…");
    }
    QString summary() const override
    {
        return Text::tr("Add a story, question, category, tag, interview or journal entry; "
                        "prints the new id.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("what"),
            Text::tr("story, question, category, tag, interview or journal"));
        const auto text = [&](const char* option, const QString& help) {
            parser.addOption({QLatin1String(option), help, Text::tr("TEXT")});
        };
        text("title", Text::tr("Story or journal entry: its title (required)."));
        text("summary", Text::tr("Story: the one-line hook."));
        parser.addOption({QStringLiteral("method"),
            Text::tr("Story: STAR (default), STARL or CARL."), Text::tr("METHOD")});
        text("situation", Text::tr("Story: the situation (CARL: context)."));
        text("task", Text::tr("Story: the task."));
        text("action", Text::tr("Story: what you did."));
        text("result", Text::tr("Story: the result."));
        text("learning", Text::tr("Story: what you learned."));
        text("cue", Text::tr("Story: a short cue for the cheat sheet (repeatable)."));
        text("role", Text::tr("Story: your role; interview: the role applied for."));
        text("organization", Text::tr("Story: the organization."));
        text("when", Text::tr("Story: when it happened."));
        parser.addOption({QStringLiteral("status"),
            Text::tr("Story: idea, draft (default) or ready."), Text::tr("STATUS")});
        text("tag",
            Text::tr("Story or journal entry: a tag (repeatable); a story's is created when new."));
        parser.addOption({QStringLiteral("category"),
            Text::tr("Story or question: an existing category (repeatable)."), Text::tr("NAME")});
        text("text", Text::tr("Question: its text (required); journal entry: what happened."));
        parser.addOption({QStringLiteral("kind"),
            Text::tr("Question: behavioral (default), hypothetical, role_fit, technical, "
                     "about_you or to_ask."),
            Text::tr("KIND")});
        text("variant", Text::tr("Question: another phrasing (repeatable)."));
        text("notes", Text::tr("Question: notes or a prepared answer."));
        parser.addOption({QStringLiteral("name"), Text::tr("Category or tag: its name (required)."),
            Text::tr("NAME")});
        text("description", Text::tr("Category: what it covers."));
        parser.addOption({QStringLiteral("colour"),
            Text::tr("Category or tag: a colour such as #3a7bd5."), Text::tr("COLOUR")});
        text("company", Text::tr("Interview: the company (required)."));
        parser.addOption({QStringLiteral("date"),
            Text::tr("Interview or journal entry: the day (a journal entry's default: today)."),
            QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("time"), Text::tr("Interview: the time of day."),
            QStringLiteral("HH:MM")});
        text("stage", Text::tr("Interview: the stage (screen, loop, final, …)."));
        parser.addOption({QStringLiteral("until"),
            Text::tr("Journal entry: the last day, for a period."), QStringLiteral("YYYY-MM-DD")});
        text("metrics", Text::tr("Journal entry: the numbers that show its impact."));
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString what = requirePositionals(
            parser, 1, Text::tr("one of story, question, category, tag, interview, journal"))[0];
        for (const Kind& kind : kinds()) {
            if (what != QLatin1String(kind.name))
                continue;
            for (const QString& option : parser.optionNames()) {
                if (option != QLatin1String("db") && !kind.options.contains(option))
                    throw UsageError {
                        Text::tr("--%1 does not apply to “add %2”.").arg(option, what)};
            }
            if (parser.value(QLatin1String(kind.required)).trimmed().isEmpty())
                throw UsageError {
                    Text::tr("“add %1” needs --%2.").arg(what, QLatin1String(kind.required))};
            const AddStep add = kind.prepare(parser);
            context.out << add(*context.openBank()) << u'\n';
            return 0;
        }
        throw UsageError {
            Text::tr("Cannot add “%1”: choose story, question, category, tag, interview or "
                     "journal.")
                .arg(what)};
    }
};

} // namespace

const Command& addCommand()
{
    static const AddCommand command;
    return command;
}

} // namespace sb::cli

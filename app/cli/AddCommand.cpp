#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/BankError.h"

#include <QCoreApplication>

#include <functional>

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

// Each kind is added in two steps: everything that can be checked without the bank is read
// and checked first (so a usage error never depends on the bank), then the returned step runs
// on the open bank.
using AddStep = std::function<int64_t(Bank&)>;

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
    const char* name;
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
    };
    return list;
}

// add: creates a story, question, category or tag and prints its id.
class AddCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("add"); }
    QString synopsis() const override { return Text::tr("story|question|category|tag OPTIONS…"); }
    QString summary() const override
    {
        return Text::tr("Add a story, question, category or tag; prints the new id.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(
            QStringLiteral("what"), Text::tr("story, question, category or tag"));
        const auto text = [&](const char* option, const QString& help) {
            parser.addOption({QLatin1String(option), help, Text::tr("TEXT")});
        };
        text("title", Text::tr("Story: its title (required)."));
        text("summary", Text::tr("Story: the one-line hook."));
        parser.addOption({QStringLiteral("method"),
            Text::tr("Story: STAR (default), STARL or CARL."), Text::tr("METHOD")});
        text("situation", Text::tr("Story: the situation (CARL: context)."));
        text("task", Text::tr("Story: the task."));
        text("action", Text::tr("Story: what you did."));
        text("result", Text::tr("Story: the result."));
        text("learning", Text::tr("Story: what you learned."));
        text("cue", Text::tr("Story: a short cue for the cheat sheet (repeatable)."));
        text("role", Text::tr("Story: your role."));
        text("organization", Text::tr("Story: the organization."));
        text("when", Text::tr("Story: when it happened."));
        parser.addOption({QStringLiteral("status"),
            Text::tr("Story: idea, draft (default) or ready."), Text::tr("STATUS")});
        text("tag", Text::tr("Story: a tag, created when new (repeatable)."));
        parser.addOption({QStringLiteral("category"),
            Text::tr("Story or question: an existing category (repeatable)."), Text::tr("NAME")});
        text("text", Text::tr("Question: its text (required)."));
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
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString what =
            requirePositionals(parser, 1, Text::tr("one of story, question, category, tag"))
                .first();
        for (const Kind& kind : kinds()) {
            if (what != QLatin1String(kind.name))
                continue;
            for (const QString& option : parser.optionNames()) {
                if (option != QLatin1String("db") && !kind.options.contains(option))
                    throw UsageError {Text::tr("--%1 does not apply to a %2.").arg(option, what)};
            }
            if (parser.value(QLatin1String(kind.required)).trimmed().isEmpty())
                throw UsageError {
                    Text::tr("A %1 needs --%2.").arg(what, QLatin1String(kind.required))};
            const AddStep add = kind.prepare(parser);
            context.out << add(*context.openBank()) << u'\n';
            return 0;
        }
        throw UsageError {
            Text::tr("Cannot add “%1”: choose story, question, category or tag.").arg(what)};
    }
};

} // namespace

const Command& addCommand()
{
    static const AddCommand command;
    return command;
}

} // namespace sb::cli

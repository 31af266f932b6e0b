#include "app/cli/BankNames.h"
#include "app/cli/Command.h"
#include "app/cli/ListInterviewsJournal.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::ListCommand)
};

QJsonObject storyJson(const Bank& bank, const BankNames& names, const Story& s)
{
    QJsonArray links;
    for (const StoryQuestionLink& link : bank.linksOfStory(s.id))
        links.append(QJsonObject {{QStringLiteral("question"), qint64(link.question.value)},
            {QStringLiteral("fit"), toKey(link.fit)}, {QStringLiteral("angle"), link.angle}});
    return {{QStringLiteral("id"), qint64(s.id.value)}, {QStringLiteral("title"), s.title},
        {QStringLiteral("summary"), s.summary}, {QStringLiteral("method"), toKey(s.method)},
        {QStringLiteral("status"), toKey(s.status)}, {QStringLiteral("situation"), s.situation},
        {QStringLiteral("task"), s.task}, {QStringLiteral("action"), s.action},
        {QStringLiteral("result"), s.result}, {QStringLiteral("learning"), s.learning},
        {QStringLiteral("cues"), QJsonArray::fromStringList(s.cues)},
        {QStringLiteral("role"), s.role}, {QStringLiteral("organization"), s.organization},
        {QStringLiteral("when"), s.period},
        {QStringLiteral("tags"), QJsonArray::fromStringList(names.tags(s.tags))},
        {QStringLiteral("categories"), QJsonArray::fromStringList(names.categories(s.categories))},
        {QStringLiteral("questions"), links}};
}

QJsonObject questionJson(const BankNames& names, const Question& q)
{
    return {{QStringLiteral("id"), qint64(q.id.value)}, {QStringLiteral("text"), q.text},
        {QStringLiteral("kind"), toKey(q.kind)},
        {QStringLiteral("variants"), QJsonArray::fromStringList(q.variants)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(names.categories(q.categories))},
        {QStringLiteral("notes"), q.notes}};
}

void listStories(const Bank& bank, const CommandContext& context, bool json)
{
    const BankNames names(bank);
    QJsonArray array;
    for (const Story& story : bank.stories()) {
        if (json)
            array.append(storyJson(bank, names, story));
        else
            context.out << QStringLiteral("%1  %2  %3  %4\n")
                               .arg(story.id.value, 5)
                               .arg(toKey(story.status), -5)
                               .arg(toKey(story.method), -5)
                               .arg(story.title.isEmpty() ? Text::tr("(untitled)") : story.title);
    }
    if (json)
        context.printJson(array);
}

void listQuestions(const Bank& bank, const CommandContext& context, bool json)
{
    const BankNames names(bank);
    QJsonArray array;
    for (const Question& question : bank.questions()) {
        if (json)
            array.append(questionJson(names, question));
        else
            context.out << QStringLiteral("%1  %2  [%3]\n")
                               .arg(question.id.value, 5)
                               .arg(question.text,
                                   names.categories(question.categories).join(QLatin1String(", ")));
    }
    if (json)
        context.printJson(array);
}

void listCategories(const Bank& bank, const CommandContext& context, bool json)
{
    QJsonArray array;
    for (const Category& category : bank.categories()) {
        const auto questionCount = bank.questionsInCategory(category.id).size();
        if (json)
            array.append(QJsonObject {{QStringLiteral("id"), qint64(category.id.value)},
                {QStringLiteral("name"), category.name},
                {QStringLiteral("description"), category.description},
                {QStringLiteral("colour"), category.colour},
                {QStringLiteral("questions"), qint64(questionCount)}});
        else
            context.out << QStringLiteral("%1  %2  %3\n")
                               .arg(category.id.value, 5)
                               .arg(category.name, -20)
                               .arg(Text::tr("%n question(s)", nullptr, int(questionCount)));
    }
    if (json)
        context.printJson(array);
}

void listTags(const Bank& bank, const CommandContext& context, bool json)
{
    QJsonArray array;
    for (const Tag& tag : bank.tags()) {
        if (json)
            array.append(QJsonObject {{QStringLiteral("id"), qint64(tag.id.value)},
                {QStringLiteral("name"), tag.name}, {QStringLiteral("colour"), tag.colour}});
        else
            context.out << QStringLiteral("%1  %2\n").arg(tag.id.value, 5).arg(tag.name);
    }
    if (json)
        context.printJson(array);
}

// list: prints stories, questions, categories, tags, interviews or the journal.
class ListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override
    {
        return QStringLiteral("stories|questions|categories|tags|interviews|journal [--json]");
    }
    QString summary() const override
    {
        return Text::tr("List stories, questions, categories, tags, interviews or the journal.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("what"),
            Text::tr("stories, questions, categories, tags, interviews or journal"));
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString what = requirePositionals(parser, 1,
            Text::tr("one of stories, questions, categories, tags, interviews, journal"))[0];
        using Lister = void (*)(const Bank&, const CommandContext&, bool);
        const QList<std::pair<QString, Lister>> listers {
            {QStringLiteral("stories"), listStories},
            {QStringLiteral("questions"), listQuestions},
            {QStringLiteral("categories"), listCategories},
            {QStringLiteral("tags"), listTags},
            {QStringLiteral("interviews"), listInterviews},
            {QStringLiteral("journal"), listJournal},
        };
        for (const auto& [key, lister] : listers) {
            if (what == key) {
                lister(*context.openBank(), context, parser.isSet(QStringLiteral("json")));
                return 0;
            }
        }
        throw UsageError {
            Text::tr("Cannot list “%1”: choose stories, questions, categories, tags, interviews "
                     "or journal.")
                .arg(what)};
    }
};

} // namespace

const Command& listCommand()
{
    static const ListCommand command;
    return command;
}

} // namespace sb::cli

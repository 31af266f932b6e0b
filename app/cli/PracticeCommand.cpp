#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::PracticeCommand)
};

// story:ID or question:ID, the way items are named on the command line and in JSON.
QString itemName(const PracticeItem& item)
{
    return item.isQuestion() ? QStringLiteral("question:%1").arg(item.question.value)
                             : QStringLiteral("story:%1").arg(item.story.value);
}

PracticeItem parseItem(const QString& text)
{
    const QString kind = text.section(u':', 0, 0);
    const QString id = text.section(u':', 1);
    if (kind == QLatin1String("story"))
        return {StoryId(parseId(id, Text::tr("ITEM"))), QuestionId()};
    if (kind == QLatin1String("question"))
        return {StoryId(), QuestionId(parseId(id, Text::tr("ITEM")))};
    throw UsageError {Text::tr("ITEM must be story:ID or question:ID, not “%1”.").arg(text)};
}

// The day the command acts on: --on DATE, or today. A fixed day makes the schedule testable
// and lets a user look ahead ("what is due on Friday?").
QDate dayOf(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("on")))
        return QDate::currentDate();
    const QDate day = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
    if (!day.isValid())
        throw UsageError {Text::tr("--on must be a date such as 2026-12-31, not “%1”.")
                              .arg(parser.value(QStringLiteral("on")))};
    return day;
}

QString titleOf(const Bank& bank, const PracticeItem& item)
{
    if (item.isQuestion()) {
        const auto question = bank.question(item.question);
        return question ? question->text : QString();
    }
    const auto story = bank.story(item.story);
    return story ? story->title : QString();
}

int listDue(const QCommandLineParser& parser, const CommandContext& context)
{
    const QDate day = dayOf(parser);
    const auto bank = context.openBank();
    const QList<practice::DueItem> due = bank->duePractice(day);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const practice::DueItem& item : due)
            array.append(QJsonObject {{QStringLiteral("item"), itemName(item.item)},
                {QStringLiteral("title"), titleOf(*bank, item.item)},
                {QStringLiteral("due"), item.last.nextDue.toString(Qt::ISODate)},
                {QStringLiteral("lastPractised"), item.last.practised.date().toString(Qt::ISODate)},
                {QStringLiteral("lastRating"), toKey(Recall(item.last.rating))}});
        context.printJson(array);
        return 0;
    }
    if (due.isEmpty()) {
        context.out << Text::tr("Nothing is due for practice on %1.").arg(day.toString(Qt::ISODate))
                    << u'\n';
        return 0;
    }
    for (const practice::DueItem& item : due)
        context.out << QStringLiteral("%1  %2  %3\n")
                           .arg(item.last.nextDue.toString(Qt::ISODate), itemName(item.item))
                           .arg(titleOf(*bank, item.item));
    return 0;
}

int logPractice(
    const QString& itemText, const QCommandLineParser& parser, const CommandContext& context)
{
    const PracticeItem item = parseItem(itemText);
    if (!parser.isSet(QStringLiteral("rating")))
        throw UsageError {Text::tr("Say how it went: --rating again|hard|good|easy.")};
    const auto recall = recallFromKey(parser.value(QStringLiteral("rating")));
    if (!recall)
        throw UsageError {Text::tr("--rating must be again, hard, good or easy, not “%1”.")
                              .arg(parser.value(QStringLiteral("rating")))};
    bool ok = true;
    const int seconds = parser.isSet(QStringLiteral("seconds"))
        ? parser.value(QStringLiteral("seconds")).toInt(&ok)
        : 0;
    if (!ok || seconds < 0 || seconds > 24 * 3600)
        throw UsageError {Text::tr("--seconds must be a number of seconds, not “%1”.")
                              .arg(parser.value(QStringLiteral("seconds")))};
    // On another day than today (--on): at noon, so no time zone moves it to another date.
    const QDateTime when = parser.isSet(QStringLiteral("on"))
        ? QDateTime(dayOf(parser), QTime(12, 0))
        : QDateTime::currentDateTime();
    const PracticeRecord logged = context.openBank()->logPractice(item, *recall, seconds, when);
    context.out << Text::tr("Logged practice of %1 (%2); next practice on %3.")
                       .arg(itemName(item), toKey(*recall), logged.nextDue.toString(Qt::ISODate))
                << u'\n';
    return 0;
}

// practice: the spaced-repetition schedule, for scripts and for a quick look.
class PracticeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("practice"); }
    QString synopsis() const override
    {
        return Text::tr("due [--on DATE] [--json] | log ITEM --rating "
                        "again|hard|good|easy [--seconds N] [--on DATE]");
    }
    QString summary() const override
    {
        return Text::tr("List what is due for practice, or log a practice (ITEM: story:ID or "
                        "question:ID).");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), Text::tr("due or log."));
        parser.addPositionalArgument(QStringLiteral("item"),
            Text::tr("For log: story:ID or question:ID."), Text::tr("[ITEM]"));
        parser.addOption({QStringLiteral("rating"), Text::tr("For log: again, hard, good or easy."),
            Text::tr("RATING")});
        parser.addOption({QStringLiteral("seconds"), Text::tr("For log: how long the answer took."),
            Text::tr("N")});
        parser.addOption({QStringLiteral("on"),
            Text::tr("The day to list what is due on, or the day practised (default today)."),
            Text::tr("DATE")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList arguments = parser.positionalArguments();
        const QString action = arguments.value(0);
        if (action == QLatin1String("due") && arguments.size() == 1)
            return listDue(parser, context);
        if (action == QLatin1String("log") && arguments.size() == 2)
            return logPractice(arguments[1], parser, context);
        throw UsageError {Text::tr("Use “practice due” or “practice log ITEM --rating RATING”.")};
    }
};

} // namespace

const Command& practiceCommand()
{
    static const PracticeCommand command;
    return command;
}

} // namespace sb::cli

#include "app/cli/Command.h"

#include "core/Bank.h"
#include "core/analysis/Coverage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::cli::CoverageCommand)
};

QJsonArray idsJson(const QList<StoryId>& ids)
{
    QJsonArray array;
    for (StoryId id : ids)
        array.append(qint64(id.value));
    return array;
}

QString idsText(const QList<StoryId>& ids)
{
    QStringList parts;
    for (StoryId id : ids)
        parts.append(QString::number(id.value));
    return parts.join(QStringLiteral(", "));
}

QJsonObject reportJson(const CoverageReport& report)
{
    QHash<CategoryId, QString> names;
    QJsonArray categories;
    for (const CategoryCoverage& row : report.categories) {
        names.insert(row.category, row.name);
        categories.append(QJsonObject {{QStringLiteral("name"), row.name},
            {QStringLiteral("strong"), row.strong}, {QStringLiteral("partial"), row.partial},
            {QStringLiteral("questions"), row.questions},
            {QStringLiteral("unanswered"), row.unanswered}});
    }
    QJsonArray unanswered;
    for (const QuestionGap& gap : report.unansweredQuestions)
        unanswered.append(QJsonObject {{QStringLiteral("id"), qint64(gap.question.value)},
            {QStringLiteral("text"), gap.text}});
    QJsonArray single;
    for (const QuestionGap& gap : report.singleStoryQuestions)
        single.append(QJsonObject {{QStringLiteral("id"), qint64(gap.question.value)},
            {QStringLiteral("text"), gap.text},
            {QStringLiteral("story"), qint64(gap.story.value)}});
    QJsonArray thin;
    for (CategoryId id : report.thinCategories)
        thin.append(names.value(id));
    QJsonArray overused;
    for (const OverusedStory& story : report.overusedStories)
        overused.append(QJsonObject {{QStringLiteral("id"), qint64(story.story.value)},
            {QStringLiteral("title"), story.title}, {QStringLiteral("share"), story.share},
            {QStringLiteral("could_share_with"), idsJson(story.couldShareWith)}});
    QJsonArray leaning;
    for (const LeaningCategory& category : report.leaningCategories)
        leaning.append(QJsonObject {{QStringLiteral("name"), category.name},
            {QStringLiteral("story"), qint64(category.story.value)},
            {QStringLiteral("title"), category.title},
            {QStringLiteral("could_share_with"), idsJson(category.couldShareWith)}});
    return {{QStringLiteral("categories"), categories},
        {QStringLiteral("unanswered_questions"), unanswered},
        {QStringLiteral("single_story_questions"), single},
        {QStringLiteral("thin_categories"), thin}, {QStringLiteral("overused_stories"), overused},
        {QStringLiteral("leaning_categories"), leaning}};
}

void printTable(const CoverageReport& report, QTextStream& out)
{
    qsizetype width = Text::tr("Category").size();
    for (const CategoryCoverage& row : report.categories)
        width = std::max(width, row.name.size());
    const auto line = [&](const QString& name, const QStringList& cells) {
        out << QStringLiteral("%1").arg(name, -int(width));
        for (const QString& cell : cells)
            out << QStringLiteral("  %1").arg(cell, 10);
        out << u'\n';
    };
    line(Text::tr("Category"),
        {Text::tr("Strong"), Text::tr("Partial"), Text::tr("Questions"), Text::tr("Unanswered")});
    for (const CategoryCoverage& row : report.categories)
        line(row.name,
            {QString::number(row.strong), QString::number(row.partial),
                QString::number(row.questions), QString::number(row.unanswered)});
}

void printGaps(const CoverageReport& report, int minStrong, QTextStream& out)
{
    out << u'\n' << Text::tr("Gaps:") << u'\n';
    QStringList thin;
    for (CategoryId id : report.thinCategories)
        for (const CategoryCoverage& row : report.categories)
            if (row.category == id)
                thin.append(row.name);
    out << QStringLiteral("  ")
        << Text::tr("Categories with fewer than %1 strong stories: ").arg(minStrong)
        << (thin.isEmpty() ? Text::tr("none") : thin.join(QStringLiteral(", "))) << u'\n';
    out << QStringLiteral("  ")
        << Text::tr("Questions with no story and no prepared answer: %1")
               .arg(report.unansweredQuestions.size())
        << u'\n';
    for (const QuestionGap& gap : report.unansweredQuestions)
        out << QStringLiteral("    %1  %2\n").arg(gap.question.value, 5).arg(gap.text);
    out << QStringLiteral("  ")
        << Text::tr("Questions only one story answers: %1").arg(report.singleStoryQuestions.size())
        << u'\n';
    for (const QuestionGap& gap : report.singleStoryQuestions)
        out << QStringLiteral("    %1  %2  ").arg(gap.question.value, 5).arg(gap.text)
            << Text::tr("(story %1)").arg(gap.story.value) << u'\n';
}

void printOveruse(const CoverageReport& report, QTextStream& out)
{
    out << u'\n' << Text::tr("Overused stories:") << u'\n';
    if (report.overusedStories.isEmpty())
        out << QStringLiteral("  ") << Text::tr("none") << u'\n';
    for (const OverusedStory& story : report.overusedStories) {
        out << QStringLiteral("  %1  %2  ").arg(story.story.value, 5).arg(story.title)
            << Text::tr("answers %1% of the linked questions").arg(qRound(story.share * 100));
        if (!story.couldShareWith.isEmpty())
            out << Text::tr("; could share with stories %1").arg(idsText(story.couldShareWith));
        out << u'\n';
    }
    for (const LeaningCategory& category : report.leaningCategories) {
        out << QStringLiteral("  ")
            << Text::tr("%1 leans on story %2 alone (%3)")
                   .arg(category.name)
                   .arg(category.story.value)
                   .arg(category.title);
        if (!category.couldShareWith.isEmpty())
            out << Text::tr("; could share with stories %1").arg(idsText(category.couldShareWith));
        out << u'\n';
    }
}

// coverage: which categories the stories cover, the gaps and the stories carrying too much.
class CoverageCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString synopsis() const override { return QStringLiteral("[--min-strong N] [--json]"); }
    QString summary() const override
    {
        return Text::tr(
            "Show how well the stories cover each category, the gaps and overused stories.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("min-strong"),
            Text::tr("A category needs N strong stories (default 2)."), QStringLiteral("N"),
            QStringLiteral("2")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        requirePositionals(parser, 0, Text::tr("no arguments"));
        CoverageOptions options;
        options.minStrong =
            parseCount(parser.value(QStringLiteral("min-strong")), QStringLiteral("--min-strong"));
        const Coverage coverage(*context.openBank(), options);
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson(reportJson(coverage.report()));
            return 0;
        }
        printTable(coverage.report(), context.out);
        printGaps(coverage.report(), options.minStrong, context.out);
        printOveruse(coverage.report(), context.out);
        return 0;
    }
};

} // namespace

const Command& coverageCommand()
{
    static const CoverageCommand command;
    return command;
}

} // namespace sb::cli

// Building a bank from a script: add, link, search, list and remove, as a shell script would.

#include "tests/cli/CliTest.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace sb::test {
namespace {

// A bank with the starter catalog, one story (two tags, a category) and one new question.
class CliBuildBankTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(initBank());
        const auto story = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral("Rescued the Zanzibar migration"),
                QStringLiteral("--summary"), QStringLiteral("Took over a stalled data move"),
                QStringLiteral("--tag"), QStringLiteral("x"), QStringLiteral("--tag"),
                QStringLiteral("postgres"), QStringLiteral("--category"),
                QStringLiteral("Leadership"), QStringLiteral("--status"), QStringLiteral("ready"),
                QStringLiteral("--method"), QStringLiteral("CARL"), QStringLiteral("--cue"),
                QStringLiteral("3 weeks late"), QStringLiteral("--cue"),
                QStringLiteral("zero downtime")});
        ASSERT_TRUE(story);
        m_story = *story;
        const auto question = add(QStringLiteral("question"),
            {QStringLiteral("--text"),
                QStringLiteral("How did you calm a quarrelsome quokka keeper?"),
                QStringLiteral("--category"), QStringLiteral("Conflict")});
        ASSERT_TRUE(question);
        m_question = *question;
    }

    CliResult linkThem(const QString& fit, const QString& angle)
    {
        return cliOnBank(
            {QStringLiteral("link"), QString::number(m_story), QString::number(m_question),
                QStringLiteral("--fit"), fit, QStringLiteral("--angle"), angle});
    }

    qint64 m_story = 0;
    qint64 m_question = 0;
};

TEST_F(CliBuildBankTest, AddPrintsEachNewIdAloneOnStdout)
{
    // add() has checked the first two; a third story gets an id of its own.
    const auto another =
        add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("Another")});
    ASSERT_TRUE(another);
    EXPECT_NE(*another, m_story);
    const auto tag = add(QStringLiteral("tag"), {QStringLiteral("--name"), QStringLiteral("go")});
    const auto category =
        add(QStringLiteral("category"), {QStringLiteral("--name"), QStringLiteral("Grit")});
    EXPECT_TRUE(tag);
    EXPECT_TRUE(category);

    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats.value(QStringLiteral("stories")).toInteger(-1), 2);
    EXPECT_EQ(stats.value(QStringLiteral("tags")).toInteger(-1), 3); // x, postgres, go
}

TEST_F(CliBuildBankTest, AddedStoryIsListedWithItsFieldsAndNames)
{
    const QJsonObject story = withId(listJson(QStringLiteral("stories")), m_story);
    ASSERT_FALSE(story.isEmpty());
    EXPECT_EQ(story.value(QStringLiteral("title")).toString(),
        QStringLiteral("Rescued the Zanzibar migration"));
    EXPECT_EQ(story.value(QStringLiteral("summary")).toString(),
        QStringLiteral("Took over a stalled data move"));
    EXPECT_EQ(story.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(story.value(QStringLiteral("method")).toString().toUpper(), QStringLiteral("CARL"));
    EXPECT_EQ(strings(story.value(QStringLiteral("tags"))),
        (QStringList {QStringLiteral("x"), QStringLiteral("postgres")}));
    EXPECT_EQ(strings(story.value(QStringLiteral("categories"))),
        QStringList {QStringLiteral("Leadership")});
    EXPECT_EQ(strings(story.value(QStringLiteral("cues"))),
        (QStringList {QStringLiteral("3 weeks late"), QStringLiteral("zero downtime")}));
    EXPECT_TRUE(story.value(QStringLiteral("questions")).toArray().isEmpty());
}

TEST_F(CliBuildBankTest, AddedQuestionIsListedWithItsCategory)
{
    const QJsonObject question = withId(listJson(QStringLiteral("questions")), m_question);
    ASSERT_FALSE(question.isEmpty());
    EXPECT_EQ(question.value(QStringLiteral("text")).toString(),
        QStringLiteral("How did you calm a quarrelsome quokka keeper?"));
    EXPECT_EQ(question.value(QStringLiteral("kind")).toString(), QStringLiteral("behavioral"));
    EXPECT_EQ(strings(question.value(QStringLiteral("categories"))),
        QStringList {QStringLiteral("Conflict")});
}

TEST_F(CliBuildBankTest, LinkIsCountedAndListedWithFitAndAngle)
{
    const CliResult link =
        linkThem(QStringLiteral("partial"), QStringLiteral("Stress the calm, not the data"));
    ASSERT_EQ(link.exitCode, 0) << testing::PrintToString(link);
    EXPECT_TRUE(link.err.isEmpty());

    EXPECT_EQ(statsJson().value(QStringLiteral("links")).toInteger(-1), 1);
    const QJsonObject story = withId(listJson(QStringLiteral("stories")), m_story);
    const QJsonArray links = story.value(QStringLiteral("questions")).toArray();
    ASSERT_EQ(links.size(), 1) << "story: " << QJsonDocument(story).toJson().toStdString();
    const QJsonObject only = links.first().toObject();
    EXPECT_EQ(only.value(QStringLiteral("question")).toInteger(-1), m_question);
    EXPECT_EQ(only.value(QStringLiteral("fit")).toString(), QStringLiteral("partial"));
    EXPECT_EQ(only.value(QStringLiteral("angle")).toString(),
        QStringLiteral("Stress the calm, not the data"));
}

TEST_F(CliBuildBankTest, LinkingAgainChangesFitAndAngleInsteadOfAddingALink)
{
    ASSERT_EQ(linkThem(QStringLiteral("partial"), QStringLiteral("first")).exitCode, 0);
    const CliResult again = linkThem(QStringLiteral("strong"), QStringLiteral("second"));
    ASSERT_EQ(again.exitCode, 0) << testing::PrintToString(again);

    EXPECT_EQ(statsJson().value(QStringLiteral("links")).toInteger(-1), 1);
    const QJsonArray links = withId(listJson(QStringLiteral("stories")), m_story)
                                 .value(QStringLiteral("questions"))
                                 .toArray();
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(
        links.first().toObject().value(QStringLiteral("fit")).toString(), QStringLiteral("strong"));
    EXPECT_EQ(links.first().toObject().value(QStringLiteral("angle")).toString(),
        QStringLiteral("second"));
}

TEST_F(CliBuildBankTest, SearchFindsTheStoryByAWordOfItsTitle)
{
    const QJsonArray hits = searchJson({QStringLiteral("zanzibar")});
    ASSERT_EQ(hits.size(), 1) << QJsonDocument(hits).toJson().toStdString();
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.value(QStringLiteral("type")).toString(), QStringLiteral("story"));
    EXPECT_EQ(hit.value(QStringLiteral("id")).toInteger(-1), m_story);
    EXPECT_EQ(hit.value(QStringLiteral("title")).toString(),
        QStringLiteral("Rescued the Zanzibar migration"));
}

TEST_F(CliBuildBankTest, SearchFindsTheStoryByATagAndAWordPrefix)
{
    for (const QString& word : {QStringLiteral("postgres"), QStringLiteral("Zanz")}) {
        SCOPED_TRACE(word.toStdString());
        const QJsonArray hits = searchJson({word});
        ASSERT_EQ(hits.size(), 1) << QJsonDocument(hits).toJson().toStdString();
        EXPECT_EQ(hits.first().toObject().value(QStringLiteral("id")).toInteger(-1), m_story);
    }
}

TEST_F(CliBuildBankTest, SearchFindsTheQuestionByItsWords)
{
    const QJsonArray hits = searchJson({QStringLiteral("quarrelsome"), QStringLiteral("quokka")});
    ASSERT_EQ(hits.size(), 1) << QJsonDocument(hits).toJson().toStdString();
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.value(QStringLiteral("type")).toString(), QStringLiteral("question"));
    EXPECT_EQ(hit.value(QStringLiteral("id")).toInteger(-1), m_question);
}

TEST_F(CliBuildBankTest, SearchResultsShowTheLinksBothWays)
{
    ASSERT_EQ(linkThem(QStringLiteral("partial"), QStringLiteral("calm")).exitCode, 0);

    const QJsonArray stories = searchJson({QStringLiteral("zanzibar")});
    ASSERT_EQ(stories.size(), 1);
    const QJsonArray storyLinks =
        stories.first().toObject().value(QStringLiteral("links")).toArray();
    ASSERT_EQ(storyLinks.size(), 1);
    EXPECT_EQ(
        storyLinks.first().toObject().value(QStringLiteral("question")).toInteger(-1), m_question);
    EXPECT_EQ(storyLinks.first().toObject().value(QStringLiteral("fit")).toString(),
        QStringLiteral("partial"));

    const QJsonArray questions = searchJson({QStringLiteral("quokka")});
    ASSERT_EQ(questions.size(), 1);
    const QJsonArray questionLinks =
        questions.first().toObject().value(QStringLiteral("links")).toArray();
    ASSERT_EQ(questionLinks.size(), 1);
    EXPECT_EQ(
        questionLinks.first().toObject().value(QStringLiteral("story")).toInteger(-1), m_story);

    const CliResult text = cliOnBank({QStringLiteral("search"), QStringLiteral("zanzibar")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("answers questions %1 (partial)").arg(m_question)))
        << text.out.toStdString();
}

TEST_F(CliBuildBankTest, SearchAsTextNamesKindIdAndTitle)
{
    const CliResult result = cliOnBank({QStringLiteral("search"), QStringLiteral("zanzibar")});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(QRegularExpression(
        QStringLiteral("^story\\s+%1\\s+Rescued the Zanzibar migration$").arg(m_story),
        QRegularExpression::MultilineOption)))
        << result.out.toStdString();

    const CliResult none = cliOnBank({QStringLiteral("search"), QStringLiteral("xylophonist")});
    ASSERT_EQ(none.exitCode, 0) << testing::PrintToString(none);
    EXPECT_TRUE(none.out.contains(QLatin1String("Nothing matches"))) << none.out.toStdString();
}

TEST_F(CliBuildBankTest, RemovedStoryIsGoneWithItsLinks)
{
    ASSERT_EQ(linkThem(QStringLiteral("partial"), QStringLiteral("angle")).exitCode, 0);
    ASSERT_EQ(statsJson().value(QStringLiteral("links")).toInteger(-1), 1);

    const CliResult result =
        cliOnBank({QStringLiteral("remove"), QStringLiteral("story"), QString::number(m_story)});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.isEmpty());

    EXPECT_TRUE(withId(listJson(QStringLiteral("stories")), m_story).isEmpty());
    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats.value(QStringLiteral("stories")).toInteger(-1), 0);
    EXPECT_EQ(stats.value(QStringLiteral("links")).toInteger(-1), 0);
    EXPECT_TRUE(searchJson({QStringLiteral("zanzibar")}).isEmpty());
    // The question it answered stays.
    EXPECT_FALSE(withId(listJson(QStringLiteral("questions")), m_question).isEmpty());
}

TEST_F(CliBuildBankTest, RemovingAMissingStoryFailsAndChangesNothing)
{
    const QByteArray before = readAll(bankPath());
    const CliResult result = cliOnBank(
        {QStringLiteral("remove"), QStringLiteral("story"), QString::number(m_story + 1000)});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    ASSERT_EQ(result.errLines().size(), 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QString::number(m_story + 1000))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_EQ(readAll(bankPath()), before);
    EXPECT_EQ(statsJson().value(QStringLiteral("stories")).toInteger(-1), 1);
}

TEST_F(CliBuildBankTest, LinkingToAMissingQuestionFailsAndAddsNoLink)
{
    const CliResult result = cliOnBank(
        {QStringLiteral("link"), QString::number(m_story), QString::number(m_question + 1000)});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_EQ(result.errLines().size(), 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QLatin1String("question"))) << result.err.toStdString();
    EXPECT_EQ(statsJson().value(QStringLiteral("links")).toInteger(-1), 0);
}

TEST_F(CliBuildBankTest, AddingAStoryInAnUnknownCategoryFailsAndAddsNothing)
{
    const CliResult result = cliOnBank({QStringLiteral("add"), QStringLiteral("story"),
        QStringLiteral("--title"), QStringLiteral("Lost"), QStringLiteral("--tag"),
        QStringLiteral("brand-new-tag"), QStringLiteral("--category"), QStringLiteral("Juggling")});
    EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
    EXPECT_EQ(result.errLines().size(), 1) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(QLatin1String("Juggling"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats.value(QStringLiteral("stories")).toInteger(-1), 1);
    EXPECT_EQ(stats.value(QStringLiteral("tags")).toInteger(-1), 2);
}

} // namespace
} // namespace sb::test

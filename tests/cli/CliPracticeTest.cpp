// Spaced repetition from a terminal: practice is logged and scheduled, and what is due on a
// given day is listed (issue 7, item 6). The schedule itself is tested in ReviewSchedulerTest.

#include "tests/cli/CliTest.h"

#include <QJsonDocument>

namespace sb::test {
namespace {

class CliPracticeTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(initBank(true));
        const auto story = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral("Rescued the launch")});
        const auto question = add(QStringLiteral("question"),
            {QStringLiteral("--text"), QStringLiteral("Tell me about a failure.")});
        ASSERT_TRUE(story && question);
        m_story = QStringLiteral("story:%1").arg(*story);
        m_question = QStringLiteral("question:%1").arg(*question);
    }

    CliResult log(const QString& item, const QString& rating, const QString& day)
    {
        return cliOnBank({QStringLiteral("practice"), QStringLiteral("log"), item,
            QStringLiteral("--rating"), rating, QStringLiteral("--seconds"), QStringLiteral("95"),
            QStringLiteral("--on"), day});
    }

    QJsonArray dueOn(const QString& day)
    {
        const CliResult result = cliOnBank({QStringLiteral("practice"), QStringLiteral("due"),
            QStringLiteral("--on"), day, QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

    QString m_story;
    QString m_question;
};

TEST_F(CliPracticeTest, LoggedPracticeComesDueOnTheDaySm2Gives)
{
    const CliResult first = log(m_story, QStringLiteral("good"), QStringLiteral("2026-03-01"));
    ASSERT_EQ(first.exitCode, 0) << testing::PrintToString(first);
    EXPECT_TRUE(first.out.contains(QStringLiteral("next practice on 2026-03-02")))
        << first.out.toStdString();
    ASSERT_EQ(log(m_story, QStringLiteral("good"), QStringLiteral("2026-03-02")).exitCode, 0);
    ASSERT_EQ(log(m_question, QStringLiteral("again"), QStringLiteral("2026-03-02")).exitCode, 0);

    const QJsonArray onThird = dueOn(QStringLiteral("2026-03-03"));
    ASSERT_EQ(onThird.size(), 1) << QJsonDocument(onThird).toJson().toStdString();
    EXPECT_EQ(onThird[0][QStringLiteral("item")].toString(), m_question);
    EXPECT_EQ(onThird[0][QStringLiteral("due")].toString(), QStringLiteral("2026-03-03"));
    EXPECT_EQ(onThird[0][QStringLiteral("lastRating")].toString(), QStringLiteral("again"));
    EXPECT_EQ(
        onThird[0][QStringLiteral("title")].toString(), QStringLiteral("Tell me about a failure."));

    // The story's second good answer puts it 6 days on: due on the 8th, not the 7th.
    EXPECT_EQ(dueOn(QStringLiteral("2026-03-07")).size(), 1);
    const QJsonArray onEighth = dueOn(QStringLiteral("2026-03-08"));
    ASSERT_EQ(onEighth.size(), 2);
    EXPECT_EQ(onEighth[0][QStringLiteral("item")].toString(), m_question) << "most overdue first";
    EXPECT_EQ(onEighth[1][QStringLiteral("item")].toString(), m_story);

    const CliResult text = cliOnBank({QStringLiteral("practice"), QStringLiteral("due"),
        QStringLiteral("--on"), QStringLiteral("2026-03-08")});
    EXPECT_TRUE(text.out.contains(
        QStringLiteral("2026-03-08  ") + m_story + QStringLiteral("  Rescued the launch")))
        << text.out.toStdString();
}

TEST_F(CliPracticeTest, NothingDueSaysSo)
{
    const CliResult result = cliOnBank({QStringLiteral("practice"), QStringLiteral("due")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Nothing is due for practice")))
        << result.out.toStdString();
}

TEST_F(CliPracticeTest, MistakesAreUsageErrorsAndWriteNothing)
{
    const QList<QStringList> wrong {
        {QStringLiteral("log"), m_story, QStringLiteral("--rating"), QStringLiteral("perfect")},
        {QStringLiteral("log"), m_story},
        {QStringLiteral("log"), QStringLiteral("12"), QStringLiteral("--rating"),
            QStringLiteral("good")},
        {QStringLiteral("log"), m_story, QStringLiteral("--rating"), QStringLiteral("good"),
            QStringLiteral("--seconds"), QStringLiteral("-4")},
        {QStringLiteral("due"), QStringLiteral("--on"), QStringLiteral("tomorrow")},
        {QStringLiteral("sometimes")},
    };
    for (const QStringList& arguments : wrong) {
        const CliResult result = cliOnBank(QStringList {QStringLiteral("practice")} + arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(result.err.isEmpty());
    }
    const CliResult missing =
        log(QStringLiteral("story:999"), QStringLiteral("good"), QStringLiteral("2026-03-01"));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no story with id 999")))
        << missing.err.toStdString();
    EXPECT_EQ(statsJson()[QStringLiteral("practice_records")].toInt(), 0);
}

} // namespace
} // namespace sb::test

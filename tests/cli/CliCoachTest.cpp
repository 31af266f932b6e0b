// The story coach from a terminal: findings per story as text or JSON, dismissed ones hidden.

#include "tests/cli/CliTest.h"

#include <QJsonDocument>

namespace sb::test {
namespace {

class CliCoachTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(initBank(true));
        // Ready, in no category and linked to nothing; "we" twice in the action; no figure.
        const auto story = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral("Moved the office"),
                QStringLiteral("--status"), QStringLiteral("ready"), QStringLiteral("--action"),
                QStringLiteral("Then we packed and we drove."), QStringLiteral("--result"),
                QStringLiteral("Everyone was happy.")});
        ASSERT_TRUE(story);
        m_story = *story;
        // A draft with a learning-less CARL method and nothing else to say but that.
        const auto other = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral("Other"), QStringLiteral("--method"),
                QStringLiteral("CARL")});
        ASSERT_TRUE(other);
        m_other = *other;
    }

    QJsonArray coachJson(const QStringList& extra = {})
    {
        const CliResult result =
            cliOnBank(QStringList {QStringLiteral("coach"), QStringLiteral("--json")} + extra);
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

    static QJsonObject withRule(const QJsonArray& findings, qint64 story, const QString& rule)
    {
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("story")).toInteger() == story
                && finding.value(QStringLiteral("rule")).toString() == rule)
                return finding;
        }
        return {};
    }

    qint64 m_story = 0;
    qint64 m_other = 0;
};

TEST_F(CliCoachTest, TextGroupsFindingsUnderEachStoryAndExitsZero)
{
    const CliResult result = cliOnBank({QStringLiteral("coach")});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.err.isEmpty());
    const QStringList lines = result.out.split(u'\n');
    const auto header = lines.indexOf(QStringLiteral("#%1 Moved the office").arg(m_story));
    const auto otherHeader = lines.indexOf(QStringLiteral("#%1 Other").arg(m_other));
    ASSERT_GE(header, 0) << result.out.toStdString();
    ASSERT_GT(otherHeader, header);
    const QStringList first = lines.mid(header + 1, otherHeader - header - 1);
    EXPECT_TRUE(first.filter(QStringLiteral("  we-instead-of-i (Action): ")).size() == 1)
        << result.out.toStdString();
    EXPECT_TRUE(first.filter(QStringLiteral("  no-numbers-in-result (Result): ")).size() == 1);
    EXPECT_TRUE(first.filter(QStringLiteral("  unlinked: ")).size() == 1);
    EXPECT_TRUE(
        lines.mid(otherHeader).filter(QStringLiteral("  missing-learning (Learning): ")).size()
        == 1);
}

TEST_F(CliCoachTest, JsonListsEachFindingWithStoryRuleSectionAndOffsets)
{
    const QJsonArray findings = coachJson();
    const QJsonObject we = withRule(findings, m_story, QStringLiteral("we-instead-of-i"));
    ASSERT_FALSE(we.isEmpty()) << QJsonDocument(findings).toJson().toStdString();
    EXPECT_EQ(we.value(QStringLiteral("title")).toString(), QStringLiteral("Moved the office"));
    EXPECT_EQ(we.value(QStringLiteral("section")).toString(), QStringLiteral("action"));
    EXPECT_EQ(we.value(QStringLiteral("start")).toInt(), 5); // "Then we…"
    EXPECT_EQ(we.value(QStringLiteral("length")).toInt(), 2);
    EXPECT_FALSE(we.value(QStringLiteral("message")).toString().isEmpty());

    const QJsonObject unlinked = withRule(findings, m_story, QStringLiteral("unlinked"));
    ASSERT_FALSE(unlinked.isEmpty());
    EXPECT_TRUE(unlinked.value(QStringLiteral("section")).isNull());
    EXPECT_EQ(unlinked.value(QStringLiteral("start")).toInt(), -1);
    EXPECT_FALSE(withRule(findings, m_other, QStringLiteral("missing-learning")).isEmpty());
}

TEST_F(CliCoachTest, AStoryIdLimitsTheReviewToThatStory)
{
    const QJsonArray findings = coachJson({QString::number(m_other)});
    ASSERT_FALSE(findings.isEmpty());
    for (const QJsonValue& finding : findings)
        EXPECT_EQ(finding.toObject().value(QStringLiteral("story")).toInteger(), m_other);
}

TEST_F(CliCoachTest, DismissedFindingsAreLeftOutUnlessAllIsAsked)
{
    Bank::open(bankPath())->dismissCoachRule(StoryId(m_story), QStringLiteral("unlinked"));

    EXPECT_TRUE(withRule(coachJson(), m_story, QStringLiteral("unlinked")).isEmpty());
    EXPECT_FALSE(withRule(coachJson(), m_story, QStringLiteral("we-instead-of-i")).isEmpty());
    const QJsonObject shown =
        withRule(coachJson({QStringLiteral("--all")}), m_story, QStringLiteral("unlinked"));
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_TRUE(shown.value(QStringLiteral("dismissed")).toBool());
    const CliResult text = cliOnBank({QStringLiteral("coach"), QStringLiteral("--all")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("  unlinked: "))) << text.out.toStdString();
}

TEST_F(CliCoachTest, DismissAndRestoreChangeWhatIsReported)
{
    const QString story = QString::number(m_story);
    const CliResult dismissed = cliOnBank({QStringLiteral("coach"), story,
        QStringLiteral("--dismiss"), QStringLiteral("no-numbers-in-result")});
    ASSERT_EQ(dismissed.exitCode, 0) << testing::PrintToString(dismissed);
    EXPECT_TRUE(withRule(coachJson(), m_story, QStringLiteral("no-numbers-in-result")).isEmpty());

    const CliResult restored = cliOnBank({QStringLiteral("coach"), story,
        QStringLiteral("--restore"), QStringLiteral("no-numbers-in-result")});
    ASSERT_EQ(restored.exitCode, 0) << testing::PrintToString(restored);
    EXPECT_FALSE(withRule(coachJson(), m_story, QStringLiteral("no-numbers-in-result")).isEmpty());
}

TEST_F(CliCoachTest, DismissingAnUnknownRuleOrWithoutAStoryIsAUsageError)
{
    const CliResult unknown = cliOnBank({QStringLiteral("coach"), QString::number(m_story),
        QStringLiteral("--dismiss"), QStringLiteral("no-such-rule")});
    EXPECT_EQ(unknown.exitCode, 2) << testing::PrintToString(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unlinked"))); // the rules are listed
    EXPECT_EQ(cliOnBank({QStringLiteral("coach"), QStringLiteral("--dismiss"),
                            QStringLiteral("unlinked")})
                  .exitCode,
        2);
    const CliResult missing = cliOnBank({QStringLiteral("coach"), QStringLiteral("99"),
        QStringLiteral("--dismiss"), QStringLiteral("unlinked")});
    EXPECT_EQ(missing.exitCode, 1) << testing::PrintToString(missing);
}

TEST_F(CliCoachTest, AMissingStoryIsAnErrorAndABadIdAUsageError)
{
    const CliResult missing = cliOnBank({QStringLiteral("coach"), QStringLiteral("99")});
    EXPECT_EQ(missing.exitCode, 1) << testing::PrintToString(missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("99")));
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_EQ(cliOnBank({QStringLiteral("coach"), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(
        cliOnBank({QStringLiteral("coach"), QStringLiteral("1"), QStringLiteral("2")}).exitCode, 2);
}

TEST_F(CliCoachTest, ABankWithNothingToSayPrintsAnEmptyList)
{
    cliOnBank({QStringLiteral("remove"), QStringLiteral("story"), QString::number(m_story)});
    cliOnBank({QStringLiteral("remove"), QStringLiteral("story"), QString::number(m_other)});
    EXPECT_TRUE(coachJson().isEmpty());
    const CliResult text = cliOnBank({QStringLiteral("coach")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_FALSE(text.out.isEmpty());
    EXPECT_FALSE(text.out.contains(u'#'));
}

} // namespace
} // namespace sb::test

// `coverage`: the table, the gaps and the overused stories, as a script reads them (--json)
// and as a person does.

#include "tests/cli/CliTest.h"

#include <QJsonDocument>

namespace sb::test {
namespace {

// Categories Grit and Calm. Stories: steady (tag alpha, filed under Grit), busy (tag alpha).
// Questions: calmA, calmB, calmNotes (notes) in Calm; gritOpen, gritLinked in Grit.
// Links: busy strong to calmA, calmB and gritLinked; steady partial to calmB.
// So busy answers all three linked questions (share 1), calmA and gritLinked have one story
// each, gritOpen has nothing, Calm has one strong story (busy) and Grit two.
class CliCoverageTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(initBank(true));
        ASSERT_TRUE(
            add(QStringLiteral("category"), {QStringLiteral("--name"), QStringLiteral("Grit")}));
        ASSERT_TRUE(
            add(QStringLiteral("category"), {QStringLiteral("--name"), QStringLiteral("Calm")}));
        steady = addStory(
            QStringLiteral("Steady"), {QStringLiteral("--category"), QStringLiteral("Grit")});
        busy = addStory(QStringLiteral("Busy"), {});
        calmA = addQuestion(QStringLiteral("Calm question A?"), QStringLiteral("Calm"), {});
        calmB = addQuestion(QStringLiteral("Calm question B?"), QStringLiteral("Calm"), {});
        addQuestion(QStringLiteral("Calm with notes?"), QStringLiteral("Calm"),
            {QStringLiteral("--notes"), QStringLiteral("Breathe")});
        gritOpen = addQuestion(QStringLiteral("Grit nobody answers?"), QStringLiteral("Grit"), {});
        gritLinked = addQuestion(QStringLiteral("Grit question?"), QStringLiteral("Grit"), {});
        link(busy, calmA, QStringLiteral("strong"));
        link(busy, calmB, QStringLiteral("strong"));
        link(busy, gritLinked, QStringLiteral("strong"));
        link(steady, calmB, QStringLiteral("partial"));
    }

    qint64 addStory(const QString& title, const QStringList& more)
    {
        const auto id = add(QStringLiteral("story"),
            QStringList {
                QStringLiteral("--title"), title, QStringLiteral("--tag"), QStringLiteral("alpha")}
                + more);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    qint64 addQuestion(const QString& text, const QString& category, const QStringList& more)
    {
        const auto id = add(QStringLiteral("question"),
            QStringList {QStringLiteral("--text"), text, QStringLiteral("--category"), category}
                + more);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    void link(qint64 story, qint64 question, const QString& fit)
    {
        const CliResult result = cliOnBank({QStringLiteral("link"), QString::number(story),
            QString::number(question), QStringLiteral("--fit"), fit});
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    }

    QJsonObject coverageJson(const QStringList& more = {})
    {
        const CliResult result =
            cliOnBank(QStringList {QStringLiteral("coverage"), QStringLiteral("--json")} + more);
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    static QJsonObject named(const QJsonArray& array, const QString& name)
    {
        for (const QJsonValue& value : array)
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        return {};
    }

    qint64 steady = 0, busy = 0, calmA = 0, calmB = 0, gritOpen = 0, gritLinked = 0;
};

TEST_F(CliCoverageTest, JsonHasACountedRowPerCategory)
{
    const QJsonArray categories = coverageJson().value(QStringLiteral("categories")).toArray();
    ASSERT_EQ(categories.size(), 2);
    const QJsonObject calm = named(categories, QStringLiteral("Calm"));
    EXPECT_EQ(calm.value(QStringLiteral("strong")).toInt(-1), 1);
    EXPECT_EQ(calm.value(QStringLiteral("partial")).toInt(-1), 1);
    EXPECT_EQ(calm.value(QStringLiteral("questions")).toInt(-1), 3);
    EXPECT_EQ(calm.value(QStringLiteral("unanswered")).toInt(-1), 0);
    const QJsonObject grit = named(categories, QStringLiteral("Grit"));
    EXPECT_EQ(grit.value(QStringLiteral("strong")).toInt(-1), 2); // filed + linked
    EXPECT_EQ(grit.value(QStringLiteral("partial")).toInt(-1), 0);
    EXPECT_EQ(grit.value(QStringLiteral("questions")).toInt(-1), 2);
    EXPECT_EQ(grit.value(QStringLiteral("unanswered")).toInt(-1), 1);
}

TEST_F(CliCoverageTest, JsonListsGapsAndTheOverusedStory)
{
    const QJsonObject report = coverageJson();
    const QJsonArray unanswered = report.value(QStringLiteral("unanswered_questions")).toArray();
    ASSERT_EQ(unanswered.size(), 1);
    EXPECT_EQ(unanswered[0].toObject().value(QStringLiteral("id")).toInteger(), gritOpen);
    EXPECT_EQ(unanswered[0].toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Grit nobody answers?"));

    const QJsonArray single = report.value(QStringLiteral("single_story_questions")).toArray();
    ASSERT_EQ(single.size(), 2);
    EXPECT_EQ(withId(single, calmA).value(QStringLiteral("story")).toInteger(), busy);
    EXPECT_EQ(withId(single, gritLinked).value(QStringLiteral("story")).toInteger(), busy);

    EXPECT_EQ(strings(report.value(QStringLiteral("thin_categories"))),
        QStringList {QStringLiteral("Calm")});

    const QJsonArray overused = report.value(QStringLiteral("overused_stories")).toArray();
    ASSERT_EQ(overused.size(), 1);
    const QJsonObject story = overused[0].toObject();
    EXPECT_EQ(story.value(QStringLiteral("id")).toInteger(), busy);
    EXPECT_EQ(story.value(QStringLiteral("title")).toString(), QStringLiteral("Busy"));
    EXPECT_DOUBLE_EQ(story.value(QStringLiteral("share")).toDouble(), 1.0);
    const QJsonArray others = story.value(QStringLiteral("could_share_with")).toArray();
    ASSERT_EQ(others.size(), 1); // steady carries the same tag
    EXPECT_EQ(others[0].toInteger(), steady);
}

TEST_F(CliCoverageTest, MinStrongDecidesWhichCategoriesAreThin)
{
    EXPECT_TRUE(coverageJson({QStringLiteral("--min-strong"), QStringLiteral("1")})
                    .value(QStringLiteral("thin_categories"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(strings(coverageJson({QStringLiteral("--min-strong"), QStringLiteral("3")})
                          .value(QStringLiteral("thin_categories"))),
        (QStringList {QStringLiteral("Grit"), QStringLiteral("Calm")}));
    const CliResult bad = cliOnBank(
        {QStringLiteral("coverage"), QStringLiteral("--min-strong"), QStringLiteral("x")});
    EXPECT_EQ(bad.exitCode, 2) << testing::PrintToString(bad);
}

TEST_F(CliCoverageTest, TextShowsTheTableThenGapsThenOverusedStories)
{
    const CliResult result = cliOnBank({QStringLiteral("coverage")});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    const QStringList lines = result.out.split(u'\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Category")));
    EXPECT_EQ(lines[1].simplified(), QStringLiteral("Grit 2 0 2 1"));
    EXPECT_EQ(lines[2].simplified(), QStringLiteral("Calm 1 1 3 0"));
    const qsizetype gaps = result.out.indexOf(QStringLiteral("Gaps:"));
    const qsizetype overused = result.out.indexOf(QStringLiteral("Overused stories:"));
    ASSERT_GT(gaps, 0);
    EXPECT_GT(overused, gaps);
    EXPECT_TRUE(
        result.out.mid(gaps, overused - gaps).contains(QStringLiteral("Grit nobody answers?")));
    EXPECT_TRUE(result.out.mid(overused).contains(QStringLiteral("Busy")));
}

} // namespace
} // namespace sb::test

// Text goes through argv and comes back through JSON unchanged, whatever the user writes;
// search takes any text without an error.

#include "tests/cli/CliTest.h"

#include <QJsonDocument>

#include <algorithm>

namespace sb::test {
namespace {

struct TrickyText {
    const char* name;
    const char* utf8;

    QString text() const { return QString::fromUtf8(utf8); }
};

void PrintTo(const TrickyText& text, std::ostream* os)
{
    *os << text.name;
}

const TrickyText kTrickyTexts[] = {
    {"DoubleAndSingleQuotes", R"(She said "ship it" and it's done)"},
    {"Backslashes", R"(C:\Users\me\notes \n is not a newline \\)"},
    {"PercentAndUnderscore", "Cut costs by 30% in the snake_case_module, 100%_sure"},
    {"SqlAndFtsSyntax", "'); DROP TABLE story; -- NEAR(a b) OR title:x* AND NOT \"y\""},
    {"Emoji", "Shipped 🚀 on time 👩🏽‍💻 with 🇳🇱 team"},
    {"Arabic", "قدت فريقًا من خمسة مهندسين"},
    {"Hebrew", "הובלתי צוות של חמישה מהנדסים"},
    {"MixedDirection", "Led אבטחה review for عميل in Q3"},
    {"Cjk", "我领导了一个五人团队，按时交付。日本語のテキスト、한국어"},
    {"Accents", "Café Zürich — naïve façade, Ørsted"},
};

class CliTextRoundTripTest : public CliTest, public ::testing::WithParamInterface<TrickyText> {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(initBank()); }
};

TEST_P(CliTextRoundTripTest, StoryTextComesBackIdentical)
{
    const QString text = GetParam().text();
    const QString section = text + QStringLiteral("\nsecond line: ") + text;
    const auto id = add(QStringLiteral("story"),
        {QStringLiteral("--title"), text, QStringLiteral("--summary"), text,
            QStringLiteral("--situation"), section, QStringLiteral("--cue"), text,
            QStringLiteral("--role"), text, QStringLiteral("--tag"), text});
    ASSERT_TRUE(id);

    const QJsonObject story = withId(listJson(QStringLiteral("stories")), *id);
    ASSERT_FALSE(story.isEmpty());
    EXPECT_EQ(story.value(QStringLiteral("title")).toString(), text);
    EXPECT_EQ(story.value(QStringLiteral("summary")).toString(), text);
    EXPECT_EQ(story.value(QStringLiteral("situation")).toString(), section);
    EXPECT_EQ(story.value(QStringLiteral("role")).toString(), text);
    EXPECT_EQ(strings(story.value(QStringLiteral("cues"))), QStringList {text});
    EXPECT_EQ(strings(story.value(QStringLiteral("tags"))), QStringList {text});
}

TEST_P(CliTextRoundTripTest, QuestionTextComesBackIdentical)
{
    const QString text = GetParam().text();
    const auto id = add(QStringLiteral("question"),
        {QStringLiteral("--text"), text, QStringLiteral("--variant"), text,
            QStringLiteral("--notes"), text});
    ASSERT_TRUE(id);

    const QJsonObject question = withId(listJson(QStringLiteral("questions")), *id);
    ASSERT_FALSE(question.isEmpty());
    EXPECT_EQ(question.value(QStringLiteral("text")).toString(), text);
    EXPECT_EQ(strings(question.value(QStringLiteral("variants"))), QStringList {text});
    EXPECT_EQ(question.value(QStringLiteral("notes")).toString(), text);
}

TEST_P(CliTextRoundTripTest, StoryIsFoundBySearchingItsWholeTitle)
{
    const QString text = GetParam().text();
    const auto id = add(QStringLiteral("story"), {QStringLiteral("--title"), text});
    ASSERT_TRUE(id);

    const QJsonArray hits = searchJson({text});
    QList<qint64> storyIds;
    for (const QJsonValue& hit : hits) {
        if (hit.toObject().value(QStringLiteral("type")).toString() == QLatin1String("story"))
            storyIds.append(hit.toObject().value(QStringLiteral("id")).toInteger(-1));
    }
    EXPECT_EQ(storyIds, QList<qint64> {*id}) << QJsonDocument(hits).toJson().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Texts, CliTextRoundTripTest, ::testing::ValuesIn(kTrickyTexts),
    [](const ::testing::TestParamInfo<TrickyText>& info) { return std::string(info.param.name); });

// Queries that would be syntax in SQL LIKE or in an FTS5 MATCH expression.
class CliAwkwardSearchTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(initBank(/*empty=*/true));
        const auto percent = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral("Cut cloud costs by 30%")});
        const auto quoted = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral(R"(The "quoted" release)")});
        const auto underscore = add(QStringLiteral("story"),
            {QStringLiteral("--title"), QStringLiteral("Renamed the legacy_api")});
        ASSERT_TRUE(percent && quoted && underscore);
        m_percent = *percent;
        m_quoted = *quoted;
        m_underscore = *underscore;
    }

    QList<qint64> ids(const QJsonArray& hits)
    {
        QList<qint64> list;
        for (const QJsonValue& hit : hits)
            list.append(hit.toObject().value(QStringLiteral("id")).toInteger(-1));
        std::sort(list.begin(), list.end());
        return list;
    }

    qint64 m_percent = 0;
    qint64 m_quoted = 0;
    qint64 m_underscore = 0;
};

TEST_F(CliAwkwardSearchTest, LiteralPercentFindsOnlyTextWithAPercentSign)
{
    EXPECT_EQ(ids(searchJson({QStringLiteral("%")})), QList<qint64> {m_percent});
}

TEST_F(CliAwkwardSearchTest, LiteralUnderscoreIsNotAWildcard)
{
    EXPECT_EQ(ids(searchJson({QStringLiteral("_")})), QList<qint64> {m_underscore});
}

TEST_F(CliAwkwardSearchTest, QuotedWordsFindTheStoryWithThem)
{
    EXPECT_EQ(ids(searchJson({QStringLiteral(R"("quoted")")})), QList<qint64> {m_quoted});
    EXPECT_EQ(ids(searchJson({QStringLiteral(R"("quoted release")")})), QList<qint64> {m_quoted});
}

TEST_F(CliAwkwardSearchTest, QuerySyntaxCharactersNeverCauseAnError)
{
    const QStringList queries {
        QStringLiteral(R"(")"),
        QStringLiteral(R"("unbalanced)"),
        QStringLiteral("*"),
        QStringLiteral("a*"),
        QStringLiteral("NOT"),
        QStringLiteral("AND OR"),
        QStringLiteral("NEAR("),
        QStringLiteral("title:cut"),
        QStringLiteral("-cut"),
        QStringLiteral("^cut"),
        QStringLiteral("(cut"),
        QStringLiteral("'"),
        QStringLiteral("\\"),
        QStringLiteral("%_%"),
        QStringLiteral("{cut}"),
        QStringLiteral("30% costs"),
        QStringLiteral("—"),
    };
    for (const QString& query : queries) {
        SCOPED_TRACE(query.toStdString());
        // After "--" even "-cut" is a query, not an option.
        const CliResult result = cliOnBank(
            {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--"), query});
        EXPECT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
        QJsonParseError error;
        EXPECT_TRUE(QJsonDocument::fromJson(result.out.toUtf8(), &error).isArray())
            << error.errorString().toStdString();
    }
    // Words keep their meaning next to the syntax characters.
    EXPECT_EQ(ids(searchJson({QStringLiteral("30% costs")})), QList<qint64> {m_percent});
}

} // namespace
} // namespace sb::test

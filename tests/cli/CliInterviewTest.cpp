// Interviews from a script: add one, plan stories for its questions, list them, and print the
// cheat sheet for it by id or by name.

#include "tests/cli/CliTest.h"

#include <QFile>
#include <QRegularExpression>

#include <tuple>

namespace sb::test {
namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// An empty bank with a category, a question in it and two ready stories filed under it.
class CliInterviewTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(initBank(true));
        ASSERT_TRUE(add(s("category"), {s("--name"), s("Conflict")}));
        const auto question =
            add(s("question"), {s("--text"), s("A disagreement?"), s("--category"), s("Conflict")});
        const auto planned = add(s("story"),
            {s("--title"), s("The planned quarrel"), s("--status"), s("ready"), s("--category"),
                s("Conflict")});
        const auto other = add(s("story"),
            {s("--title"), s("The unplanned feud"), s("--status"), s("ready"), s("--category"),
                s("Conflict")});
        ASSERT_TRUE(question && planned && other);
        m_question = *question;
        m_planned = *planned;
        m_other = *other;
    }

    std::optional<qint64> addInterview(const QStringList& options)
    {
        return add(s("interview"), options);
    }

    CliResult plan(qint64 interview, qint64 question, qint64 story)
    {
        return cliOnBank({s("plan"), QString::number(interview), s("--question"),
            QString::number(question), s("--story"), QString::number(story)});
    }

    // Exit 2, nothing on stdout and no interview added.
    void expectUsageError(const QStringList& arguments, const QString& mentions)
    {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const qsizetype before = listJson(s("interviews")).size();
        const CliResult result = cliOnBank(arguments);
        EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.isEmpty()) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.contains(mentions)) << testing::PrintToString(result);
        EXPECT_EQ(listJson(s("interviews")).size(), before);
    }

    static QString read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    qint64 m_question = 0;
    qint64 m_planned = 0;
    qint64 m_other = 0;
};

TEST_F(CliInterviewTest, AddedInterviewIsListedWithEveryFieldGiven)
{
    const auto id = addInterview({s("--company"), s("Acme"), s("--role"), s("Staff engineer"),
        s("--date"), s("2026-06-03"), s("--time"), s("14:30"), s("--stage"), s("loop")});
    ASSERT_TRUE(id);

    const QJsonObject interview = withId(listJson(s("interviews")), *id);
    ASSERT_FALSE(interview.isEmpty());
    EXPECT_EQ(interview.value(s("company")).toString(), s("Acme"));
    EXPECT_EQ(interview.value(s("role")).toString(), s("Staff engineer"));
    EXPECT_EQ(interview.value(s("stage")).toString(), s("loop"));
    const QDateTime scheduled =
        QDateTime::fromString(interview.value(s("scheduled")).toString(), Qt::ISODateWithMs);
    EXPECT_EQ(scheduled.toLocalTime(), QDateTime(QDate(2026, 6, 3), QTime(14, 30)));
    EXPECT_TRUE(interview.value(s("questions")).toArray().isEmpty());
    EXPECT_TRUE(interview.value(s("plan")).toArray().isEmpty());
    EXPECT_TRUE(interview.value(s("asks")).isArray());
    EXPECT_FALSE(interview.value(s("created")).toString().isEmpty());

    const CliResult text = cliOnBank({s("list"), s("interviews")});
    ASSERT_EQ(text.exitCode, 0) << testing::PrintToString(text);
    for (const QString& part : {QString::number(*id), s("2026-06-03 14:30"), s("Acme"),
             s("Staff engineer"), s("loop"), s("0 planned")})
        EXPECT_TRUE(text.out.contains(part))
            << part.toStdString() << ": " << text.out.toStdString();
}

TEST_F(CliInterviewTest, InterviewsAreListedByDateTheUndatedLast)
{
    const auto undated = addInterview({s("--company"), s("Undated")});
    const auto later = addInterview({s("--company"), s("Later"), s("--date"), s("2026-09-01")});
    const auto sooner = addInterview({s("--company"), s("Sooner"), s("--date"), s("2026-05-01")});
    ASSERT_TRUE(undated && later && sooner);

    QList<qint64> ids;
    for (const QJsonValue& value : listJson(s("interviews")))
        ids << value.toObject().value(s("id")).toInteger();
    EXPECT_EQ(ids, (QList<qint64> {*sooner, *later, *undated}));
    const QJsonObject noDate = withId(listJson(s("interviews")), *undated);
    EXPECT_TRUE(noDate.value(s("scheduled")).isNull());
}

TEST_F(CliInterviewTest, AnEmptyListPrintsNothing)
{
    const CliResult text = cliOnBank({s("list"), s("interviews")});
    EXPECT_EQ(text.exitCode, 0) << testing::PrintToString(text);
    EXPECT_TRUE(text.out.isEmpty()) << testing::PrintToString(text);
    EXPECT_TRUE(listJson(s("interviews")).isEmpty());
}

TEST_F(CliInterviewTest, BadDatesTimesAndMissingCompanyAreUsageErrors)
{
    expectUsageError(
        {s("add"), s("interview"), s("--company"), s("Acme"), s("--date"), s("2026-13-40")},
        s("2026-13-40"));
    expectUsageError(
        {s("add"), s("interview"), s("--company"), s("Acme"), s("--date"), s("tomorrow")},
        s("YYYY-MM-DD"));
    expectUsageError({s("add"), s("interview"), s("--company"), s("Acme"), s("--date"),
                         s("2026-06-03"), s("--time"), s("25:00")},
        s("25:00"));
    expectUsageError({s("add"), s("interview"), s("--company"), s("Acme"), s("--time"), s("14:00")},
        s("--date"));
    expectUsageError({s("add"), s("interview"), s("--role"), s("Engineer")}, s("--company"));
    expectUsageError(
        {s("add"), s("interview"), s("--company"), s("Acme"), s("--title"), s("T")}, s("--title"));
}

TEST_F(CliInterviewTest, PlanExpectsTheQuestionAndPlansTheStory)
{
    const auto id = addInterview({s("--company"), s("Acme")});
    ASSERT_TRUE(id);
    const CliResult planned = plan(*id, m_question, m_planned);
    ASSERT_EQ(planned.exitCode, 0) << testing::PrintToString(planned);
    EXPECT_TRUE(planned.err.isEmpty());
    // Planning the same story again changes nothing.
    ASSERT_EQ(plan(*id, m_question, m_planned).exitCode, 0);

    const QJsonObject interview = withId(listJson(s("interviews")), *id);
    const QJsonArray questions = interview.value(s("questions")).toArray();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().toInteger(), m_question);
    const QJsonArray plans = interview.value(s("plan")).toArray();
    ASSERT_EQ(plans.size(), 1);
    EXPECT_EQ(plans.first().toObject().value(s("question")).toInteger(), m_question);
    EXPECT_EQ(plans.first().toObject().value(s("story")).toInteger(), m_planned);

    const CliResult text = cliOnBank({s("list"), s("interviews")});
    EXPECT_TRUE(text.out.contains(s("1 planned"))) << text.out.toStdString();
}

TEST_F(CliInterviewTest, PlanWithAnIdThatIsNotInTheBankFailsAndNamesIt)
{
    const auto id = addInterview({s("--company"), s("Acme")});
    ASSERT_TRUE(id);
    for (const auto& [interview, question, story] :
        {std::tuple {qint64(987), m_question, m_planned}, {*id, qint64(876), m_planned},
            {*id, m_question, qint64(765)}}) {
        const CliResult result = plan(interview, question, story);
        EXPECT_EQ(result.exitCode, 1) << testing::PrintToString(result);
        EXPECT_TRUE(result.out.isEmpty()) << testing::PrintToString(result);
        EXPECT_TRUE(result.err.contains(QRegularExpression(s("\\b(987|876|765)\\b"))))
            << testing::PrintToString(result);
    }
    const QJsonObject interview = withId(listJson(s("interviews")), *id);
    EXPECT_TRUE(interview.value(s("questions")).toArray().isEmpty());
    EXPECT_TRUE(interview.value(s("plan")).toArray().isEmpty());
}

TEST_F(CliInterviewTest, PlanCalledWrongIsAUsageError)
{
    const auto id = addInterview({s("--company"), s("Acme")});
    ASSERT_TRUE(id);
    const QString interview = QString::number(*id);
    const QString question = QString::number(m_question);
    const QString story = QString::number(m_planned);
    expectUsageError({s("plan"), interview, s("--question"), question}, s("--story"));
    expectUsageError({s("plan"), interview, s("--story"), story}, s("--question"));
    expectUsageError(
        {s("plan"), s("--question"), question, s("--story"), story}, s("INTERVIEW_ID"));
    expectUsageError(
        {s("plan"), s("acme"), s("--question"), question, s("--story"), story}, s("acme"));
    expectUsageError({s("plan"), interview, s("--question"), s("x"), s("--story"), story}, s("x"));
}

TEST_F(CliInterviewTest, CheatsheetForAnInterviewHoldsItsPlannedStoriesOnly)
{
    const auto id = addInterview({s("--company"), s("Acme"), s("--role"), s("Staff engineer"),
        s("--date"), s("2026-06-03")});
    ASSERT_TRUE(id);
    ASSERT_EQ(plan(*id, m_question, m_planned).exitCode, 0);
    const QString md = pathFor(s("acme.md"));

    for (const QString& name : {s("acme"), s("Staff engineer"), QString::number(*id)}) {
        SCOPED_TRACE(name.toStdString());
        QFile::remove(md);
        const CliResult result = cliOnBank({s("cheatsheet"), s("-o"), md, s("--interview"), name});
        ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
        const QString sheet = read(md);
        EXPECT_TRUE(sheet.contains(s("The planned quarrel"))) << sheet.toStdString();
        EXPECT_FALSE(sheet.contains(s("The unplanned feud"))) << sheet.toStdString();
        EXPECT_TRUE(sheet.contains(s("Acme"))) << sheet.toStdString();
        EXPECT_TRUE(sheet.contains(s("Staff engineer"))) << sheet.toStdString();
    }
    // Without the interview, both stories are on the sheet.
    ASSERT_EQ(cliOnBank({s("cheatsheet"), s("-o"), md}).exitCode, 0);
    EXPECT_TRUE(read(md).contains(s("The unplanned feud")));
}

TEST_F(CliInterviewTest, CheatsheetNamesEveryInterviewANameMatchesInsteadOfGuessing)
{
    const auto first = addInterview({s("--company"), s("Acme"), s("--role"), s("Engineer")});
    const auto second = addInterview({s("--company"), s("Acme"), s("--role"), s("Manager")});
    ASSERT_TRUE(first && second);
    const QString md = pathFor(s("acme.md"));

    const CliResult both = cliOnBank({s("cheatsheet"), s("-o"), md, s("--interview"), s("Acme")});
    EXPECT_EQ(both.exitCode, 1) << testing::PrintToString(both);
    EXPECT_FALSE(QFile::exists(md));
    EXPECT_TRUE(both.err.contains(s("--interview ID"))) << testing::PrintToString(both);
    for (const QString& expected :
        {QString::number(*first), QString::number(*second), s("Engineer"), s("Manager")})
        EXPECT_TRUE(both.err.contains(expected)) << testing::PrintToString(both);

    const CliResult byRole =
        cliOnBank({s("cheatsheet"), s("-o"), md, s("--interview"), s("manager")});
    EXPECT_EQ(byRole.exitCode, 0) << testing::PrintToString(byRole);
    EXPECT_TRUE(read(md).contains(s("Manager")));

    const CliResult none = cliOnBank({s("cheatsheet"), s("-o"), md, s("--interview"), s("Globex")});
    EXPECT_EQ(none.exitCode, 1) << testing::PrintToString(none);
    EXPECT_TRUE(none.err.contains(s("Globex"))) << testing::PrintToString(none);
}

} // namespace
} // namespace sb::test

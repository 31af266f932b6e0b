// storybank-cli cheatsheet: the sheet as PDF, HTML and Markdown, fitted to its pages, with
// user text always shown as text. PDFs are read back with poppler's pdfinfo and pdftotext.

#include "tests/cli/CliTest.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace sb::test {
namespace {

const QStringList kCategories {QStringLiteral("Conflict"), QStringLiteral("Failure"),
    QStringLiteral("Leadership"), QStringLiteral("Teamwork"), QStringLiteral("Initiative"),
    QStringLiteral("Influence")};

class CliCheatsheetTest : public CliTest {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(initBank()); }

    // A ready story under a category, with sections long or short.
    void addStory(const QString& title, const QString& category, bool longText = false)
    {
        const QString sentence = QStringLiteral(
            "We had a deadline three weeks away and the vendor slipped by a fortnight. ");
        const QString body = longText ? sentence.repeated(6) : sentence;
        ASSERT_TRUE(add(QStringLiteral("story"),
            {QStringLiteral("--title"), title, QStringLiteral("--summary"),
                QStringLiteral("The hook of ") + title, QStringLiteral("--situation"), body,
                QStringLiteral("--action"), body, QStringLiteral("--result"),
                QStringLiteral("Churn fell 40% in a quarter."), QStringLiteral("--category"),
                category, QStringLiteral("--status"), QStringLiteral("ready")}));
    }

    QStringList addTwelveStories()
    {
        QStringList titles;
        for (int i = 0; i < 12; ++i) {
            titles.append(
                QStringLiteral("Story %1 of the %2 kind").arg(i + 1).arg(kCategories[i % 6]));
            addStory(titles.last(), kCategories[i % 6]);
        }
        return titles;
    }

    static QString poppler(const QString& tool, const QStringList& arguments)
    {
        QProcess process;
        process.start(tool, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("(%1 failed: %2)")
                .arg(tool, QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static int pdfPages(const QString& pdf)
    {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    static QString pdfText(const QString& pdf)
    {
        return poppler(QStringLiteral("pdftotext"),
            {pdf, QStringLiteral("-")}); // reading order, column by column
    }
    static QString read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

TEST_F(CliCheatsheetTest, TwelveReadyStoriesInSixCategoriesMakeOnePdfPageWithEveryTitle)
{
    const QStringList titles = addTwelveStories();
    const QString pdf = pathFor(QStringLiteral("s.pdf"));
    const CliResult result = cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("1 page"))) << testing::PrintToString(result);
    EXPECT_EQ(pdfPages(pdf), 1);
    // pdftotext joins a title broken over two lines with a newline: compare word runs.
    const QString text = pdfText(pdf).simplified();
    for (const QString& title : titles)
        EXPECT_TRUE(text.contains(title)) << title.toStdString();
}

TEST_F(CliCheatsheetTest, HtmlAndMarkdownHoldTheSameStories)
{
    const QStringList titles = addTwelveStories();
    const QString html = pathFor(QStringLiteral("s.html"));
    const QString md = pathFor(QStringLiteral("s.md"));
    ASSERT_EQ(cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), html}).exitCode, 0);
    ASSERT_EQ(cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), md}).exitCode, 0);
    for (const QString& title : titles) {
        EXPECT_TRUE(read(html).contains(title)) << title.toStdString();
        EXPECT_TRUE(read(md).contains(title)) << title.toStdString();
    }
}

TEST_F(CliCheatsheetTest, MarkupInStoryTextIsShownLiterallyInEveryFormat)
{
    const QString title = QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
    addStory(title, QStringLiteral("Conflict"));
    const QString html = pathFor(QStringLiteral("m.html"));
    const QString md = pathFor(QStringLiteral("m.md"));
    const QString pdf = pathFor(QStringLiteral("m.pdf"));
    for (const QString& out : {html, md, pdf})
        ASSERT_EQ(cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), out}).exitCode, 0);
    EXPECT_FALSE(read(html).contains(QStringLiteral("<script>")));
    EXPECT_TRUE(read(html).contains(
        QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")));
    EXPECT_FALSE(read(md).contains(QStringLiteral("<script>")));
    EXPECT_FALSE(read(md).contains(QStringLiteral("<b>")));
    // A long title wraps, and pdftotext breaks it there: compare without the white space.
    const auto squeezed = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    EXPECT_TRUE(squeezed(pdfText(pdf)).contains(squeezed(title))) << pdfText(pdf).toStdString();
}

TEST_F(CliCheatsheetTest, FortyLongStoriesFitTwoPagesWhenAskedOrSayWhyNotOne)
{
    for (int i = 0; i < 40; ++i)
        addStory(QStringLiteral("Long story %1").arg(i + 1), kCategories[i % 6], true);
    const QString one = pathFor(QStringLiteral("one.pdf"));
    const CliResult onePage = cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), one});
    if (onePage.exitCode == 0) {
        EXPECT_EQ(pdfPages(one), 1);
    } else {
        EXPECT_EQ(onePage.exitCode, 1) << testing::PrintToString(onePage);
        EXPECT_FALSE(onePage.err.trimmed().isEmpty()) << testing::PrintToString(onePage);
        EXPECT_FALSE(QFile::exists(one));
    }
    const QString two = pathFor(QStringLiteral("two.pdf"));
    const CliResult twoPages = cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), two,
        QStringLiteral("--pages"), QStringLiteral("2")});
    ASSERT_EQ(twoPages.exitCode, 0) << testing::PrintToString(twoPages);
    EXPECT_LE(pdfPages(two), 2);
    EXPECT_GE(pdfPages(two), 1);
}

TEST_F(CliCheatsheetTest, OptionsAreCheckedBeforeAnythingIsWritten)
{
    addStory(QStringLiteral("A story"), QStringLiteral("Conflict"));
    EXPECT_EQ(cliOnBank({QStringLiteral("cheatsheet")}).exitCode, 2);
    EXPECT_EQ(cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"),
                            pathFor(QStringLiteral("s.txt"))})
                  .exitCode,
        2);
    EXPECT_EQ(cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"),
                            pathFor(QStringLiteral("s.pdf")), QStringLiteral("--pages"),
                            QStringLiteral("9")})
                  .exitCode,
        2);
    EXPECT_EQ(cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"),
                            pathFor(QStringLiteral("s.pdf")), QStringLiteral("--paper"),
                            QStringLiteral("a3")})
                  .exitCode,
        2);
    const CliResult unknown = cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"),
        pathFor(QStringLiteral("s.pdf")), QStringLiteral("--category"), QStringLiteral("Nope")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nope"))) << testing::PrintToString(unknown);
    EXPECT_FALSE(QFile::exists(pathFor(QStringLiteral("s.pdf"))));
}

TEST_F(CliCheatsheetTest, NothingReadySaysHowToGetASheet)
{
    ASSERT_TRUE(
        add(QStringLiteral("story"), {QStringLiteral("--title"), QStringLiteral("Draft only")}));
    const QString pdf = pathFor(QStringLiteral("s.pdf"));
    const CliResult result = cliOnBank({QStringLiteral("cheatsheet"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--all"))) << testing::PrintToString(result);
    EXPECT_FALSE(QFile::exists(pdf));
    const CliResult all = cliOnBank(
        {QStringLiteral("cheatsheet"), QStringLiteral("-o"), pdf, QStringLiteral("--all")});
    EXPECT_EQ(all.exitCode, 0) << testing::PrintToString(all);
}

} // namespace
} // namespace sb::test

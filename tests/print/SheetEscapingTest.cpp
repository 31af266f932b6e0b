// User text that looks like markup shows as typed in every output, never as markup.

#include "app/print/SheetDocument.h"
#include "app/print/SheetHtml.h"
#include "app/print/SheetMarkdown.h"
#include "tests/print/SampleSheets.h"

#include <QRegularExpression>

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;

namespace {

// What a Markdown reader shows for text SheetMarkdown escaped.
QString markdownShown(QString markdown)
{
    static const QRegularExpression backslashEscape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    markdown.replace(backslashEscape, QStringLiteral("\\1"));
    return markdown.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
}

} // namespace

TEST(SheetEscaping, TheLaidOutSheetShowsUserTextAsTyped)
{
    const QString text =
        SheetDocument::build(samples::hostileSheet(), SheetStyle {})->toPlainText();
    for (const QString& hostile : samples::hostileTexts)
        EXPECT_TRUE(text.contains(hostile)) << hostile.toStdString();
}

TEST(SheetEscaping, HtmlEscapesEveryPieceOfUserText)
{
    const QString html = SheetHtml::render(samples::hostileSheet(), SheetStyle {});
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("Tom &amp; Jerry")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    // Markdown characters mean nothing in HTML: they stay as they are.
    EXPECT_TRUE(html.contains(QStringLiteral(">*bold*<")));
    EXPECT_TRUE(html.contains(QStringLiteral(">[a](b)<")));
    EXPECT_TRUE(html.contains(QStringLiteral("># x<")));
    EXPECT_EQ(html.count(QStringLiteral("&amp;")), html.count(QStringLiteral("Tom &amp; Jerry")));
}

TEST(SheetEscaping, HtmlTakesOnlyRealColoursFromCategories)
{
    const QString html = SheetHtml::render(samples::hostileSheet(), SheetStyle {});
    EXPECT_FALSE(html.contains(QStringLiteral("red;}")));
    EXPECT_FALSE(html.contains(QStringLiteral("</style><")));
}

TEST(SheetEscaping, MarkdownEscapesEveryPieceOfUserText)
{
    const QString markdown = SheetMarkdown::render(samples::hostileSheet(), SheetStyle {});
    EXPECT_FALSE(markdown.contains(u'<'));
    EXPECT_TRUE(markdown.contains(QStringLiteral("&lt;script\\>alert\\(1\\)&lt;/script\\>")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("Tom \\& Jerry")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("&lt;b\\>bold&lt;/b\\>")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("\\*bold\\*")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("\\# x")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("\\[a\\]\\(b\\)")));
    EXPECT_FALSE(markdown.contains(QStringLiteral(" *bold*")));
    EXPECT_FALSE(markdown.contains(QStringLiteral("\n# x")));
}

TEST(SheetEscaping, EscapedMarkdownReadsBackAsTheTypedText)
{
    for (const QString& hostile : samples::hostileTexts)
        EXPECT_EQ(markdownShown(SheetMarkdown::escaped(hostile)), hostile) << hostile.toStdString();
    const QString everything = QStringLiteral("\\ ` * _ { } [ ] < > ( ) # + - . ! | = ~ &");
    EXPECT_EQ(markdownShown(SheetMarkdown::escaped(everything)), everything);
    EXPECT_EQ(SheetMarkdown::escaped(QStringLiteral("1. one\n- two")),
        QStringLiteral("1\\. one \\- two"));
}

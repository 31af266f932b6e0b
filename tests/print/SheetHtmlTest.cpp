#include "app/print/SheetHtml.h"
#include "app/print/SheetLabels.h"
#include "tests/print/SampleSheets.h"

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;

TEST(SheetHtml, IsOneSelfContainedFile)
{
    const QString html = SheetHtml::render(samples::realisticSheet(), SheetStyle {});
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>\n")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<style>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<link")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("src=")));
    EXPECT_TRUE(html.endsWith(QStringLiteral("</html>\n")));
}

TEST(SheetHtml, PrintsOnTheStylesPaperInItsColumns)
{
    SheetStyle style;
    style.paper = SheetPaper::Letter;
    style.columns = 2;
    style.basePointSize = 9.5;
    const QString letter = SheetHtml::render(samples::realisticSheet(), style);
    EXPECT_TRUE(letter.contains(QStringLiteral("@page { size: letter portrait; margin: 12mm")));
    EXPECT_TRUE(letter.contains(QStringLiteral("column-count: 2;")));
    EXPECT_TRUE(letter.contains(QStringLiteral("font-size: 9.5pt;")));
    style.paper = SheetPaper::A4;
    style.columns = 1;
    const QString a4 = SheetHtml::render(samples::realisticSheet(), style);
    EXPECT_TRUE(a4.contains(QStringLiteral("@page { size: A4 portrait;")));
    EXPECT_TRUE(a4.contains(QStringLiteral("column-count: 1;")));
}

TEST(SheetHtml, ShowsEachCategoryInItsColour)
{
    const QString html = SheetHtml::render(samples::realisticSheet(), SheetStyle {});
    EXPECT_TRUE(html.contains(QStringLiteral("<section style=\"--accent: #2563eb;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<section style=\"--accent: #dc2626;")));
    EXPECT_TRUE(html.contains(QStringLiteral(
        "<h3>Led the billing migration <span class=\"figure\">40 services</span></h3>")));
    EXPECT_TRUE(html.contains(QStringLiteral(
        "<p class=\"hook\">Moved 40 services off the legacy billing system in one quarter</p>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<li>No owner, 3 teams blocked</li>")));
}

TEST(SheetHtml, LeavesOutTrimmedDetail)
{
    SheetStyle style;
    style.trims = {SheetTrim::Pitch, SheetTrim::ThirdStories, SheetTrim::SecondStories};
    const CheatSheet sheet = samples::realisticSheet();
    const QString html = SheetHtml::render(sheet, style);
    EXPECT_FALSE(html.contains(SheetLabels::pitchHeading()));
    EXPECT_FALSE(html.contains(sheet.categories.at(0).stories.at(1).title));
    EXPECT_TRUE(html.contains(sheet.categories.at(0).stories.at(0).title));
}

TEST(SheetHtml, TheSameSheetGivesTheSameBytes)
{
    const QByteArray first = SheetHtml::render(samples::realisticSheet(), SheetStyle {}).toUtf8();
    const QByteArray second = SheetHtml::render(samples::realisticSheet(), SheetStyle {}).toUtf8();
    EXPECT_EQ(first, second);
    const QByteArray hostile = SheetHtml::render(samples::hostileSheet(), SheetStyle {}).toUtf8();
    EXPECT_EQ(hostile, SheetHtml::render(samples::hostileSheet(), SheetStyle {}).toUtf8());
}

#include "core/sheet/KeyFigure.h"

#include <gtest/gtest.h>

#include <string>

namespace sb::test {
namespace {

// As std::string, so a failure prints the text.
std::string figureOf(const char* text)
{
    return KeyFigure::find(QString::fromUtf8(text)).toStdString();
}

TEST(KeyFigureTest, FindsMoneyWithItsSignAndScale)
{
    EXPECT_EQ(figureOf("Cut cloud spend by $1.2M a year."), "$1.2M");
    EXPECT_EQ(figureOf("Won a €30k grant"), "€30k");
    EXPECT_EQ(figureOf("Recovered £5,000 in fees"), "£5,000");
    EXPECT_EQ(figureOf("Raised US$ 3 million"), "US$ 3 million");
    EXPECT_EQ(figureOf("Saved 5,000 EUR on licences"), "5,000 EUR");
    EXPECT_EQ(figureOf("Budget of 30k€ kept"), "30k€");
}

TEST(KeyFigureTest, FindsPercentagesWithOrWithoutSpaceAndRanges)
{
    EXPECT_EQ(figureOf("Crash rate fell 40%."), "40%");
    EXPECT_EQ(figureOf("Churn down 12.5 % in a quarter"), "12.5 %");
    EXPECT_EQ(figureOf("Costs fell 30-40% overall"), "30-40%");
    EXPECT_EQ(figureOf("Retention up 15 percent"), "15 percent");
}

TEST(KeyFigureTest, FindsMultipliers)
{
    EXPECT_EQ(figureOf("Builds became 3x faster"), "3x");
    EXPECT_EQ(figureOf("Throughput went up 10× overnight"), "10×");
    EXPECT_EQ(figureOf("A 2-fold rise in sign-ups"), "2-fold");
}

TEST(KeyFigureTest, FindsANumberWithTheWordItCounts)
{
    EXPECT_EQ(figureOf("We shipped two weeks early, 2 days before the show"), "2 days");
    EXPECT_EQ(figureOf("Closed 12 deals"), "12 deals");
    EXPECT_EQ(figureOf("A 5-day sprint"), "5-day");
}

TEST(KeyFigureTest, PrefersMoneyThenPercentThenMultiplierThenCount)
{
    EXPECT_EQ(figureOf("Grew 40% with 3 people and saved $2M"), "$2M");
    EXPECT_EQ(figureOf("With 3 people, 2x the output and 40% less cost"), "40%");
    EXPECT_EQ(figureOf("With 3 people we got 2x the output"), "2x");
}

TEST(KeyFigureTest, TextWithoutAFigureGivesNothing)
{
    EXPECT_EQ(figureOf(""), "");
    EXPECT_EQ(figureOf("Everyone was happier with the new process."), "");
    EXPECT_EQ(figureOf("Finished on 12 "), "");
}

TEST(KeyFigureTest, AYearIsNotAFigure)
{
    EXPECT_EQ(figureOf("2023"), "");
    EXPECT_EQ(figureOf("In 2023 we rebuilt the pipeline"), "");
    EXPECT_EQ(figureOf("Since 2019 the team grew to 8 engineers"), "8 engineers");
}

TEST(KeyFigureTest, DigitsInsideWordsAreNotFigures)
{
    EXPECT_EQ(figureOf("Q3 revenue beat the B2B plan"), "");
    EXPECT_EQ(figureOf("COVID-19 cases fell"), "");
    EXPECT_EQ(figureOf("Moved v2.5 users to 0x1F flags"), "");
    EXPECT_EQ(figureOf("The 3D printer ran"), "");
}

TEST(KeyFigureTest, SmallWordsAndLoneLettersAreNotUnits)
{
    EXPECT_EQ(figureOf("3 of 5 teams adopted it"), "5 teams");
    EXPECT_EQ(figureOf("Laid out a 3 x 4 grid"), "4 grid");
    EXPECT_EQ(figureOf("Spent $5 more"), "$5");
}

TEST(KeyFigureTest, FindsFiguresWrittenAgainstChineseAndJapaneseText)
{
    EXPECT_EQ(figureOf("收入增长40%"), "40%");
    EXPECT_EQ(figureOf("速度が3倍になった"), "3倍");
}

} // namespace
} // namespace sb::test

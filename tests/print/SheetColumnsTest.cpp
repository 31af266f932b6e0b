#include "app/print/SheetColumns.h"

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb::print;

TEST(SheetColumns, BalancedSplitMakesTheTallerColumnAsShortAsItCanBe)
{
    EXPECT_EQ(SheetColumns::balancedSplit({10, 10, 10, 10}, 0), 2);
    EXPECT_EQ(SheetColumns::balancedSplit({30, 10, 10, 10}, 0), 1);
    EXPECT_EQ(SheetColumns::balancedSplit({10, 10, 10, 30}, 0), 3);
}

TEST(SheetColumns, BalancedSplitGivesTheLeftColumnMoreOnATie)
{
    EXPECT_EQ(SheetColumns::balancedSplit({10, 10, 10}, 0), 2);
    EXPECT_EQ(SheetColumns::balancedSplit({10}, 0), 1);
}

TEST(SheetColumns, EverythingThatFitsGoesOnOnePageInTwoBalancedColumns)
{
    const QList<SheetPagePlan> pages = SheetColumns::plan({40, 30, 30, 40}, 0, 2, 100, 120);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(pages.at(0).columns, (QList<QList<int>> {{0, 1}, {2, 3}}));
}

TEST(SheetColumns, SectionsThatDoNotFitStartTheNextPageInOrder)
{
    // 60 + 60 > 100 on the first page's column; the next page is taller.
    const QList<SheetPagePlan> pages = SheetColumns::plan({60, 60, 60, 60, 60}, 0, 2, 100, 120);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).columns, (QList<QList<int>> {{0}, {1}}));
    EXPECT_EQ(pages.at(1).columns, (QList<QList<int>> {{2, 3}, {4}}));
}

TEST(SheetColumns, OneColumnStacksSections)
{
    const QList<SheetPagePlan> pages = SheetColumns::plan({40, 40, 40}, 0, 1, 100, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).columns, (QList<QList<int>> {{0, 1}}));
    EXPECT_EQ(pages.at(1).columns, (QList<QList<int>> {{2}}));
}

TEST(SheetColumns, ASectionTallerThanAPageStandsAlone)
{
    const QList<SheetPagePlan> pages = SheetColumns::plan({250, 10}, 0, 2, 100, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).columns, (QList<QList<int>> {{0}, {}}));
    EXPECT_EQ(pages.at(1).columns, (QList<QList<int>> {{1}, {}}));
}

TEST(SheetColumns, TheGapBetweenSectionsCounts)
{
    EXPECT_EQ(SheetColumns::columnHeight({}, 5), 0);
    EXPECT_EQ(SheetColumns::columnHeight({10}, 5), 10);
    EXPECT_EQ(SheetColumns::columnHeight({10, 20, 30}, 5), 70);
    // Without the gap two sections of 50 would share a column of 100.
    const QList<SheetPagePlan> pages = SheetColumns::plan({50, 50, 50}, 4, 1, 100, 100);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(SheetColumns::balancedSplit({10, 10, 10, 10}, 4), 2);
}

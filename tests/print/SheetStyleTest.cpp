#include "app/print/SheetStyle.h"
#include "app/print/SheetLabels.h"
#include "app/print/SheetPage.h"

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb::print;

TEST(SheetStyle, LetterIsTheDefaultPaperWhereItIsTheUsualOne)
{
    EXPECT_EQ(SheetStyle::defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)),
        SheetPaper::Letter);
    EXPECT_EQ(
        SheetStyle::defaultPaper(QLocale(QLocale::French, QLocale::Canada)), SheetPaper::Letter);
    EXPECT_EQ(
        SheetStyle::defaultPaper(QLocale(QLocale::Spanish, QLocale::Mexico)), SheetPaper::Letter);
    EXPECT_EQ(SheetStyle::defaultPaper(QLocale(QLocale::Filipino, QLocale::Philippines)),
        SheetPaper::Letter);
}

TEST(SheetStyle, A4IsTheDefaultPaperElsewhere)
{
    EXPECT_EQ(SheetStyle::defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)),
        SheetPaper::A4);
    EXPECT_EQ(SheetStyle::defaultPaper(QLocale(QLocale::German, QLocale::Germany)), SheetPaper::A4);
    EXPECT_EQ(SheetStyle::defaultPaper(QLocale(QLocale::Spanish, QLocale::Spain)), SheetPaper::A4);
    EXPECT_EQ(SheetStyle::defaultPaper(QLocale::c()), SheetPaper::A4);
}

TEST(SheetStyle, ColumnsAreOneOrTwo)
{
    SheetStyle style;
    style.columns = 0;
    EXPECT_EQ(style.columnCount(), 1);
    style.columns = 5;
    EXPECT_EQ(style.columnCount(), 2);
}

TEST(SheetPage, DocumentPageHasThePapersProportionsAndMargins)
{
    SheetStyle style;
    style.paper = SheetPaper::Letter;
    style.marginsMm = QMarginsF(10, 20, 10, 20);
    const SheetPage page(style);
    const QSizeF size = page.documentPageSize();
    EXPECT_NEAR(size.height() / size.width(), 11.0 / 8.5, 1e-6);
    // 20 mm of an 11 inch (279.4 mm) page
    EXPECT_NEAR(page.documentMargins().top() / size.height(), 20.0 / 279.4, 1e-6);
    EXPECT_NEAR(page.bodyWidth(), size.width() * (1.0 - 20.0 / 215.9), 1e-6);
    EXPECT_EQ(page.deviceLayout().pageSize().id(), QPageSize::Letter);
    EXPECT_TRUE(page.deviceLayout().margins().isNull());
}

TEST(SheetLabels, EveryTrimHasAName)
{
    for (const SheetTrim trim : sheetTrimOrder)
        EXPECT_FALSE(SheetLabels::trimmed(trim).isEmpty());
}

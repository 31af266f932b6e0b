#include "app/print/SheetFitter.h"
#include "app/print/SheetDocument.h"
#include "app/print/SheetTrimming.h"
#include "tests/print/SampleSheets.h"

#include "tests/print/QtPrinters.h"

#include <QScopeGuard>

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;

namespace {

SheetStyle a4()
{
    SheetStyle style;
    style.paper = SheetPaper::A4;
    return style;
}

int pagesAt(const CheatSheet& sheet, SheetStyle style, qreal pointSize)
{
    style.basePointSize = pointSize;
    return SheetDocument::build(sheet, style)->pageCount();
}

// A sheet no trimming gets onto one page: many categories, each story long even without hook.
CheatSheet hugeSheet()
{
    CheatSheet sheet = samples::longSheet(40);
    for (int c = 0; c < 40; ++c) {
        SheetCategory category;
        category.id = CategoryId(100 + c);
        category.name = QStringLiteral("Extra category %1").arg(c + 1);
        category.stories.append(samples::story(QStringLiteral("Extra story %1").arg(c + 1), {},
            QStringList(6, QStringLiteral("An own cue that is long enough to fill a whole line"))));
        sheet.categories.append(category);
    }
    return sheet;
}

} // namespace

TEST(SheetFitter, TwelveStoriesInSixCategoriesFitOnePageAtEightPointOrMore)
{
    const SheetFit fit = SheetFitter::fit(samples::realisticSheet(), a4(), 1);
    EXPECT_TRUE(fit.fits);
    EXPECT_EQ(fit.pageCount, 1);
    EXPECT_EQ(fit.document->pageCount(), 1);
    EXPECT_GE(fit.style.basePointSize, 8.0);
    EXPECT_TRUE(fit.trimmed.isEmpty());
}

TEST(SheetFitter, ChoosesTheLargestSizeThatFits)
{
    const CheatSheet sheet = samples::realisticSheet();
    for (const SheetPaper paper : {SheetPaper::A4, SheetPaper::Letter}) {
        SheetStyle style = a4();
        style.paper = paper;
        const SheetFit fit = SheetFitter::fit(sheet, style, 1);
        ASSERT_TRUE(fit.fits);
        EXPECT_LE(pagesAt(sheet, fit.style, fit.style.basePointSize), 1);
        if (fit.style.basePointSize < SheetFitter::largestPointSize) {
            EXPECT_GT(
                pagesAt(sheet, fit.style, fit.style.basePointSize + SheetFitter::pointSizeStep), 1);
        }
    }
}

TEST(SheetFitter, FortyLongStoriesFitOnePageByTrimmingOrSayWhyNot)
{
    const SheetFit fit = SheetFitter::fit(samples::longSheet(40), a4(), 1);
    ASSERT_TRUE(fit.document);
    EXPECT_EQ(fit.document->pageCount(), fit.pageCount);
    if (fit.fits) {
        EXPECT_EQ(fit.pageCount, 1);
        EXPECT_FALSE(fit.trimmed.isEmpty());
    } else {
        EXPECT_GT(fit.pageCount, 1);
        EXPECT_TRUE(fit.status().contains(QStringLiteral("two pages")));
        EXPECT_TRUE(fit.status().contains(QStringLiteral("fewer stories")));
    }
}

TEST(SheetFitter, FortyLongStoriesFitTwoPages)
{
    const SheetFit fit = SheetFitter::fit(samples::longSheet(40), a4(), 2);
    EXPECT_TRUE(fit.fits);
    EXPECT_LE(fit.pageCount, 2);
    EXPECT_EQ(fit.document->pageCount(), fit.pageCount);
    EXPECT_GE(fit.style.basePointSize, SheetFitter::smallestPointSize);
}

TEST(SheetFitter, TrimsDetailInTheStatedOrderOnlyAsFarAsNeeded)
{
    const CheatSheet sheet = samples::longSheet(40);
    const SheetFit fit = SheetFitter::fit(sheet, a4(), 2);
    ASSERT_TRUE(fit.fits);
    // The long sheet has every kind of detail, so the trims are a prefix of the stated order.
    ASSERT_FALSE(fit.trimmed.isEmpty());
    for (int i = 0; i < fit.trimmed.size(); ++i)
        EXPECT_EQ(fit.trimmed.at(i), sheetTrimOrder.at(i));
    EXPECT_EQ(fit.style.trims, fit.trimmed);
    // One trim fewer does not fit even at the smallest size.
    SheetStyle fewer = fit.style;
    fewer.trims.removeLast();
    EXPECT_GT(pagesAt(sheet, fewer, SheetFitter::smallestPointSize), 2);
}

TEST(SheetFitter, SkipsTrimsThatWouldLeaveNothingOut)
{
    CheatSheet sheet = samples::longSheet(40);
    sheet.questionsToAsk.clear();
    for (SheetCategory& category : sheet.categories) {
        for (SheetStory& story : category.stories)
            story.cuesDerived = false;
    }
    const SheetFit fit = SheetFitter::fit(sheet, a4(), 2);
    ASSERT_TRUE(fit.fits);
    ASSERT_FALSE(fit.trimmed.isEmpty());
    EXPECT_EQ(fit.trimmed.constFirst(), SheetTrim::PreparedAnswers);
    EXPECT_FALSE(fit.trimmed.contains(SheetTrim::ExtraDerivedCues));
    EXPECT_FALSE(fit.trimmed.contains(SheetTrim::QuestionsToAsk));
}

TEST(SheetFitter, KeepsTheTrimsTheUserChose)
{
    SheetStyle style = a4();
    style.trims = {SheetTrim::Hooks};
    const SheetFit fit = SheetFitter::fit(samples::realisticSheet(), style, 1);
    EXPECT_TRUE(fit.fits);
    EXPECT_EQ(fit.style.trims, QList<SheetTrim> {SheetTrim::Hooks});
    EXPECT_TRUE(fit.trimmed.isEmpty());
    EXPECT_FALSE(fit.document->toPlainText().contains(
        samples::realisticSheet().categories.at(0).stories.at(0).hook));
}

TEST(SheetFitter, ASheetThatCannotFitSaysSoWithTheFewestPagesReached)
{
    const CheatSheet sheet = hugeSheet();
    const SheetFit fit = SheetFitter::fit(sheet, a4(), 1);
    EXPECT_FALSE(fit.fits);
    EXPECT_GT(fit.pageCount, 1);
    ASSERT_TRUE(fit.document);
    EXPECT_EQ(fit.document->pageCount(), fit.pageCount);
    // Nothing smaller was possible: every trim, smallest size.
    EXPECT_EQ(fit.style.basePointSize, SheetFitter::smallestPointSize);
    EXPECT_EQ(pagesAt(sheet, fit.style, SheetFitter::smallestPointSize), fit.pageCount);
    EXPECT_TRUE(fit.status().contains(QStringLiteral("does not fit on one page")));
    EXPECT_TRUE(fit.status().contains(QStringLiteral("two pages or choose fewer stories")));
}

TEST(SheetFitter, StatusSaysTheSizeAndWhatWasLeftOut)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    SheetFit fit;
    fit.fits = true;
    fit.pageCount = 1;
    fit.style.basePointSize = 8.5;
    fit.trimmed = {SheetTrim::QuestionsToAsk};
    EXPECT_EQ(fit.status(), QStringLiteral("Fitted at 8.5 pt; questions to ask left out."));
    fit.trimmed.append(SheetTrim::PreparedAnswers);
    EXPECT_EQ(fit.status(),
        QStringLiteral("Fitted at 8.5 pt; questions to ask and prepared answers left out."));
    fit.trimmed.clear();
    fit.style.basePointSize = 11;
    EXPECT_EQ(fit.status(), QStringLiteral("Fitted at 11 pt."));
    fit.targetPages = 2;
    fit.pageCount = 2;
    EXPECT_EQ(fit.status(), QStringLiteral("Fitted on 2 pages at 11 pt."));
}

TEST(SheetFitter, TheSameSheetFitsTheSameWayEveryTime)
{
    const SheetFit first = SheetFitter::fit(samples::longSheet(30), a4(), 1);
    const SheetFit second = SheetFitter::fit(samples::longSheet(30), a4(), 1);
    EXPECT_EQ(first.fits, second.fits);
    EXPECT_EQ(first.pageCount, second.pageCount);
    EXPECT_EQ(first.style.basePointSize, second.style.basePointSize);
    EXPECT_EQ(first.trimmed, second.trimmed);
}

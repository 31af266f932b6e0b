#include "app/print/SheetMarkdown.h"
#include "app/print/SheetLabels.h"
#include "tests/print/SampleSheets.h"

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;

TEST(SheetMarkdown, HeadingsForTheSheetCategoriesAndStoriesBulletsForCues)
{
    const QString markdown = SheetMarkdown::render(samples::realisticSheet(), SheetStyle {});
    EXPECT_TRUE(markdown.startsWith(QStringLiteral(
        "# Northwind Analytics\n\n*Senior Backend Engineer · onsite loop · 14 May*\n\n")));
    EXPECT_TRUE(markdown.contains(QStringLiteral(
        "## Leadership\n\n### Led the billing migration\n\n**40 services** \u2014 *Moved 40 "
        "services off the legacy billing system in one quarter*\n\n- No owner, 3 teams blocked\n"
        "- Wrote the cut\\-over plan, ran weekly syncs\n- Zero failed invoices at "
        "switch\\-over\n\n### Stepped in as interim lead\n\n*Kept a six\\-person team")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("## ") + SheetLabels::pitchHeading()
        + QStringLiteral("\n\nBackend engineer, eight years")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("**Why Northwind?**\n\nYour data platform")));
    EXPECT_TRUE(
        markdown.endsWith(QStringLiteral("- What would success look like in six months?\n")));
}

TEST(SheetMarkdown, LeavesOutTrimmedDetail)
{
    SheetStyle style;
    style.trims = {SheetTrim::Hooks, SheetTrim::PreparedAnswers};
    const QString markdown = SheetMarkdown::render(samples::realisticSheet(), style);
    EXPECT_TRUE(markdown.contains(
        QStringLiteral("### Led the billing migration\n\n**40 services**\n\n- ")));
    EXPECT_FALSE(markdown.contains(SheetLabels::preparedAnswersHeading()));
    EXPECT_TRUE(markdown.contains(SheetLabels::questionsToAskHeading()));
}

TEST(SheetMarkdown, TheSameSheetGivesTheSameBytes)
{
    const QByteArray first = SheetMarkdown::render(samples::longSheet(12), SheetStyle {}).toUtf8();
    EXPECT_EQ(first, SheetMarkdown::render(samples::longSheet(12), SheetStyle {}).toUtf8());
}

TEST(SheetMarkdown, AnEmptySheetSaysNothingIsChosen)
{
    EXPECT_EQ(SheetMarkdown::render(CheatSheet {}, SheetStyle {}),
        QStringLiteral("# ") + SheetLabels::defaultTitle() + QStringLiteral("\n\n")
            + SheetLabels::emptySheet() + u'\n');
}

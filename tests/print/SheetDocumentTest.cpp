#include "app/print/SheetDocument.h"
#include "app/print/SheetLabels.h"
#include "app/print/SheetPage.h"
#include "tests/print/SampleSheets.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;

namespace {

QList<QTextTable*> columnTables(QTextDocument& document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            tables.append(table);
    }
    return tables;
}

QString cellText(const QTextTableCell& cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

qreal cellHeight(QTextDocument& document, const QTextTableCell& cell)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal top = layout->blockBoundingRect(cell.firstCursorPosition().block()).top();
    const qreal bottom = layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom();
    return bottom - top;
}

SheetStyle style(qreal pointSize, int columns = 2)
{
    SheetStyle result;
    result.paper = SheetPaper::A4;
    result.basePointSize = pointSize;
    result.columns = columns;
    return result;
}

} // namespace

TEST(SheetDocument, ItsPagesAreThePaperWithTheStylesMargins)
{
    SheetStyle letter = style(10);
    letter.paper = SheetPaper::Letter;
    const auto document = SheetDocument::build(samples::realisticSheet(), letter);
    const SheetPage page(letter);
    EXPECT_EQ(document->pageSize(), page.documentPageSize());
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    EXPECT_DOUBLE_EQ(root.leftMargin(), page.documentMargins().left());
    EXPECT_DOUBLE_EQ(root.topMargin(), page.documentMargins().top());
    EXPECT_DOUBLE_EQ(root.bottomMargin(), page.documentMargins().bottom());
}

TEST(SheetDocument, TwoColumnsHoldWholeCategoriesAndEndAtAboutTheSameHeight)
{
    const CheatSheet sheet = samples::realisticSheet();
    const auto document = SheetDocument::build(sheet, style(9));
    ASSERT_EQ(document->pageCount(), 1);
    const QList<QTextTable*> tables = columnTables(*document);
    ASSERT_EQ(tables.size(), 1);
    ASSERT_EQ(tables.at(0)->columns(), 2);

    const QTextTableCell left = tables.at(0)->cellAt(0, 0);
    const QTextTableCell right = tables.at(0)->cellAt(0, 1);
    for (const SheetCategory& category : sheet.categories) {
        // Each category, with all its stories, in exactly one column.
        const bool inLeft = cellText(left).contains(category.name);
        EXPECT_NE(inLeft, cellText(right).contains(category.name)) << category.name.toStdString();
        for (const SheetStory& story : category.stories)
            EXPECT_EQ(inLeft, cellText(left).contains(story.title)) << story.title.toStdString();
    }
    // No column ends further below the other than one category is tall.
    const qreal tallestCategory = cellHeight(*document, left) / 3;
    EXPECT_LT(qAbs(cellHeight(*document, left) - cellHeight(*document, right)), tallestCategory);
}

TEST(SheetDocument, OneColumnStyleLaysTheSheetOutInOneColumn)
{
    const auto document = SheetDocument::build(samples::realisticSheet(), style(9, 1));
    const QList<QTextTable*> tables = columnTables(*document);
    ASSERT_FALSE(tables.isEmpty());
    for (QTextTable* table : tables)
        EXPECT_EQ(table->columns(), 1);
    EXPECT_GT(document->pageCount(), 1);
}

TEST(SheetDocument, ASheetLongerThanAPageContinuesOnNewPagesInOrder)
{
    const CheatSheet sheet = samples::longSheet(40);
    const auto document = SheetDocument::build(sheet, style(10));
    const QList<QTextTable*> tables = columnTables(*document);
    ASSERT_GT(tables.size(), 1);
    EXPECT_EQ(document->pageCount(), tables.size());
    for (int i = 1; i < tables.size(); ++i)
        EXPECT_EQ(tables.at(i)->format().pageBreakPolicy(), QTextFormat::PageBreak_AlwaysBefore);

    const QString text = document->toPlainText();
    qsizetype previous = -1;
    for (const SheetCategory& category : sheet.categories) {
        const qsizetype at = text.indexOf(category.stories.constFirst().title);
        EXPECT_GT(at, previous);
        previous = at;
    }
}

TEST(SheetDocument, EveryPlannedPageIsExactlyOnePrintedPage)
{
    // The columns are planned from measured heights; the real layout must agree, at every size,
    // or a column would spill onto a page of its own.
    const QList<CheatSheet> sheets {samples::realisticSheet(), samples::longSheet(12),
        samples::longSheet(25), samples::longSheet(40)};
    for (const CheatSheet& sheet : sheets) {
        for (const SheetPaper paper : {SheetPaper::A4, SheetPaper::Letter}) {
            for (const int columns : {1, 2}) {
                for (qreal size = 7; size <= 11; size += 0.5) {
                    SheetStyle planned = style(size, columns);
                    planned.paper = paper;
                    const auto document = SheetDocument::build(sheet, planned);
                    EXPECT_EQ(document->pageCount(), columnTables(*document).size())
                        << sheet.title.toStdString() << ", " << sheet.categories.size()
                        << " categories, paper " << int(paper) << ", " << columns << " columns, "
                        << size << " pt";
                }
            }
        }
    }
}

TEST(SheetDocument, ShowsEveryStoryWithItsFigureHookAndCues)
{
    const CheatSheet sheet = samples::realisticSheet();
    const QString text = SheetDocument::build(sheet, style(10))->toPlainText();
    EXPECT_TRUE(text.contains(sheet.title));
    EXPECT_TRUE(text.contains(sheet.subtitle));
    for (const SheetCategory& category : sheet.categories) {
        for (const SheetStory& story : category.stories) {
            EXPECT_TRUE(text.contains(story.title));
            EXPECT_TRUE(text.contains(story.hook));
            for (const QString& cue : story.cues)
                EXPECT_TRUE(text.contains(cue));
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral("40\u00a0services"))
        || text.contains(QStringLiteral("40 services")));
    EXPECT_TRUE(text.contains(SheetLabels::pitchHeading()));
    EXPECT_TRUE(text.contains(sheet.preparedAnswers.at(0).question));
    EXPECT_TRUE(text.contains(sheet.questionsToAsk.at(2)));
}

TEST(SheetDocument, TrimmedDetailIsLeftOut)
{
    const CheatSheet sheet = samples::realisticSheet();
    SheetStyle trimmed = style(10);
    trimmed.trims = {SheetTrim::Hooks, SheetTrim::QuestionsToAsk, SheetTrim::SecondStories};
    const QString text = SheetDocument::build(sheet, trimmed)->toPlainText();
    const SheetCategory& leadership = sheet.categories.at(0);
    EXPECT_TRUE(text.contains(leadership.stories.at(0).title));
    EXPECT_FALSE(text.contains(leadership.stories.at(0).hook));
    EXPECT_FALSE(text.contains(leadership.stories.at(1).title));
    EXPECT_FALSE(text.contains(SheetLabels::questionsToAskHeading()));
    EXPECT_TRUE(text.contains(SheetLabels::preparedAnswersHeading()));
}

TEST(SheetDocument, LongWordsWrapInsideTheColumnInsteadOfBeingCut)
{
    CheatSheet sheet = samples::realisticSheet();
    sheet.categories[0].stories[0].cues.append(QString(300, u'W'));
    sheet.categories[0].stories[0].title =
        QStringLiteral("https://example.com/") + QString(200, u'x');
    const auto document = SheetDocument::build(sheet, style(10));
    const SheetPage page(style(10));
    EXPECT_LE(document->documentLayout()->documentSize().width(), page.documentPageSize().width());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            EXPECT_LE(line.naturalTextWidth(), line.width() + 0.5) << block.text().toStdString();
        }
    }
}

TEST(SheetDocument, AnEmptySheetSaysNothingIsChosen)
{
    const auto document = SheetDocument::build(CheatSheet {}, style(10));
    EXPECT_EQ(document->pageCount(), 1);
    EXPECT_TRUE(document->toPlainText().contains(SheetLabels::emptySheet()));
    EXPECT_TRUE(document->toPlainText().contains(SheetLabels::defaultTitle()));
    EXPECT_EQ(document->metaInformation(QTextDocument::DocumentTitle), SheetLabels::defaultTitle());
}

TEST(SheetDocument, LayoutIsTheSameEveryTime)
{
    const CheatSheet sheet = samples::longSheet(20);
    const auto first = SheetDocument::build(sheet, style(8.5));
    const auto second = SheetDocument::build(sheet, style(8.5));
    EXPECT_EQ(first->toPlainText(), second->toPlainText());
    EXPECT_EQ(first->pageCount(), second->pageCount());
    EXPECT_EQ(first->documentLayout()->documentSize(), second->documentLayout()->documentSize());
}

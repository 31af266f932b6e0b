#include "app/print/SheetDocument.h"

#include "app/print/SheetColumns.h"
#include "app/print/SheetFormats.h"
#include "app/print/SheetLabels.h"
#include "app/print/SheetPage.h"
#include "app/print/SheetSectionWriter.h"
#include "app/print/SheetText.h"
#include "app/print/SheetTrimming.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFrame>
#include <QTextTable>

namespace sb::print {

namespace {

// A document with the sheet's typography and no page yet: measuring and the sheet share it.
std::unique_ptr<QTextDocument> blankDocument(const SheetFormats& formats)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(formats.documentFont());
    document->setUseDesignMetrics(true);
    QTextOption option = document->defaultTextOption();
    // A long word or address breaks at the column edge rather than being cut off.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(0);
    return document;
}

// The height of content laid out alone at the given width.
template<typename Write> qreal measuredHeight(const SheetFormats& formats, qreal width, Write write)
{
    const auto document = blankDocument(formats);
    document->setTextWidth(width);
    SheetSectionWriter writer(QTextCursor(document.get()), formats);
    write(writer);
    return document->documentLayout()->documentSize().height();
}

QTextTableFormat columnTableFormat(int columnCount, bool startsPage)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(QList<QTextLength>(
        columnCount, QTextLength(QTextLength::PercentageLength, 100.0 / columnCount)));
    if (startsPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return format;
}

// Everything the layout of one sheet at one style needs, worked out once.
struct SheetLayout {
    CheatSheet shown;
    SheetPage page;
    SheetFormats formats;
    int columnCount;
    qreal gap; // between the columns
    QList<SheetSection> sections;
    QList<qreal> sectionHeights;
    qreal sectionGap; // above every section but the first in a column
    qreal headerHeight;

    SheetLayout(const CheatSheet& sheet, const SheetStyle& style)
        : shown(SheetTrimming::apply(sheet, style.trims)), page(style),
          formats(style.basePointSize, page), columnCount(style.columnCount()),
          gap(columnCount > 1 ? formats.columnGap() : 0.0), sections(SheetSection::of(shown))
          // Every section opens with a heading, whose top margin counts between sections but not
          // at the top of a column (nor in the measurement, where the heading comes first).
          ,
          sectionGap(formats.headingBlock(QColor()).topMargin())
    {
        headerHeight = measuredHeight(formats, page.bodyWidth(),
            [&](SheetSectionWriter& writer) { writer.writeHeader(shown.title, shown.subtitle); });
        // A little narrower than the columns: the table rounds its column widths, and a line
        // that wraps only in the real column would make a section taller than planned.
        const qreal width = page.bodyWidth() / columnCount - gap / 2 - page.fromPoints(1.5);
        for (const SheetSection& section : sections) {
            sectionHeights.append(measuredHeight(formats, width,
                [&](SheetSectionWriter& writer) { writer.writeSection(shown, section); }));
        }
    }

    QList<SheetPagePlan> plan(qreal lessHeight) const
    {
        // Room for rounding and the empty paragraph before the columns.
        const qreal available = page.bodyHeight() - page.fromPoints(2.0) - lessHeight;
        return SheetColumns::plan(
            sectionHeights, sectionGap, columnCount, available - headerHeight, available);
    }

    std::unique_ptr<QTextDocument> compose(const QList<SheetPagePlan>& plans) const
    {
        auto document = blankDocument(formats);
        const QString title = SheetText::line(shown.title);
        document->setMetaInformation(
            QTextDocument::DocumentTitle, title.isEmpty() ? SheetLabels::defaultTitle() : title);
        document->setPageSize(page.documentPageSize());
        QTextFrameFormat rootFormat = document->rootFrame()->frameFormat();
        const QMarginsF margins = page.documentMargins();
        rootFormat.setLeftMargin(margins.left());
        rootFormat.setRightMargin(margins.right());
        rootFormat.setTopMargin(margins.top());
        rootFormat.setBottomMargin(margins.bottom());
        document->rootFrame()->setFrameFormat(rootFormat);

        QTextCursor cursor(document.get());
        SheetSectionWriter header(cursor, formats);
        header.writeHeader(shown.title, shown.subtitle);
        if (sections.isEmpty()) {
            header.writeNote(SheetLabels::emptySheet());
            return document;
        }
        for (int p = 0; p < plans.size(); ++p) {
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock(formats.spacerBlock(), formats.spacer());
            QTextTable* table =
                cursor.insertTable(1, columnCount, columnTableFormat(columnCount, p > 0));
            for (int column = 0; column < columnCount; ++column)
                fillColumn(table->cellAt(0, column), column, plans.at(p).columns.at(column));
        }
        // The paragraph a document keeps after its last table must not start a page of its own.
        cursor.movePosition(QTextCursor::End);
        cursor.setBlockFormat(formats.spacerBlock());
        cursor.setBlockCharFormat(formats.spacer());
        return document;
    }

    void fillColumn(QTextTableCell cell, int column, const QList<int>& sectionIndexes) const
    {
        QTextTableCellFormat format;
        format.setTopPadding(0);
        format.setBottomPadding(0);
        format.setLeftPadding(column > 0 ? gap / 2 : 0);
        format.setRightPadding(column + 1 < columnCount ? gap / 2 : 0);
        cell.setFormat(format);
        SheetSectionWriter writer(cell.firstCursorPosition(), formats);
        for (const int index : sectionIndexes)
            writer.writeSection(shown, sections.at(index));
    }
};

} // namespace

std::unique_ptr<QTextDocument> SheetDocument::build(
    const CheatSheet& sheet, const SheetStyle& style)
{
    const SheetLayout layout(sheet, style);
    // Measured heights can still be a line short of the real layout. Then a column spills onto
    // a page of its own, which the page count shows: plan again with a line less per page.
    const qreal line = layout.page.fromPoints(style.basePointSize * 1.2);
    std::unique_ptr<QTextDocument> best;
    int bestPages = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QList<SheetPagePlan> plans = layout.plan(attempt * line);
        auto document = layout.compose(plans);
        const int pages = document->pageCount();
        const bool asPlanned = pages <= qMax(1, int(plans.size()));
        // Fewest pages first (they decide the fit), then the layout without a spilled column.
        if (!best || pages < bestPages || (pages == bestPages && asPlanned)) {
            best = std::move(document);
            bestPages = pages;
        }
        if (asPlanned)
            break;
    }
    return best;
}

} // namespace sb::print

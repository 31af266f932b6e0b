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
    document->setIndentWidth(formats.indentWidth());
    document->setUseDesignMetrics(true);
    QTextOption option = document->defaultTextOption();
    // A long word or address breaks at the column edge rather than being cut off.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(0);
    return document;
}

// Heights of content laid out alone at the given width.
class Measure {
public:
    Measure(const SheetFormats& formats, qreal width) : m_formats(formats), m_width(width) { }

    template<typename Write> qreal height(Write write) const
    {
        const auto document = blankDocument(m_formats);
        document->setTextWidth(m_width);
        SheetSectionWriter writer(QTextCursor(document.get()), m_formats);
        write(writer);
        return document->documentLayout()->documentSize().height();
    }

private:
    const SheetFormats& m_formats;
    qreal m_width;
};

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

} // namespace

std::unique_ptr<QTextDocument> SheetDocument::build(
    const CheatSheet& sheet, const SheetStyle& style)
{
    const CheatSheet shown = SheetTrimming::apply(sheet, style.trims);
    const SheetPage page(style);
    const SheetFormats formats(style.basePointSize, page);
    const int columnCount = style.columnCount();
    const qreal gap = columnCount > 1 ? formats.columnGap() : 0.0;
    const qreal columnWidth = page.bodyWidth() / columnCount - gap / 2;

    auto document = blankDocument(formats);
    document->setMetaInformation(QTextDocument::DocumentTitle,
        SheetText::line(shown.title).isEmpty() ? SheetLabels::defaultTitle()
                                               : SheetText::line(shown.title));
    document->setPageSize(page.documentPageSize());
    QTextFrameFormat rootFormat = document->rootFrame()->frameFormat();
    const QMarginsF margins = page.documentMargins();
    rootFormat.setLeftMargin(margins.left());
    rootFormat.setRightMargin(margins.right());
    rootFormat.setTopMargin(margins.top());
    rootFormat.setBottomMargin(margins.bottom());
    document->rootFrame()->setFrameFormat(rootFormat);

    QTextCursor cursor(document.get());
    SheetSectionWriter headerWriter(cursor, formats);
    headerWriter.writeHeader(shown.title, shown.subtitle);
    const qreal headerHeight = Measure(formats, page.bodyWidth()).height([&](auto& writer) {
        writer.writeHeader(shown.title, shown.subtitle);
    });

    const QList<SheetSection> sections = SheetSection::of(shown);
    if (sections.isEmpty()) {
        headerWriter.writeNote(SheetLabels::emptySheet());
        return document;
    }

    QList<qreal> heights;
    const Measure measure(formats, columnWidth);
    for (const SheetSection& section : sections) {
        heights.append(measure.height(
            [&](SheetSectionWriter& writer) { writer.writeSection(shown, section); }));
    }

    // Every section opens with a heading whose top margin counts between sections but not at
    // the top of a column (nor in the measurement, where the heading is first).
    const qreal sectionGap = formats.headingBlock(QColor()).topMargin();
    // A little room for rounding and the empty paragraph before the columns.
    const qreal slack = page.fromPoints(2.0);
    const QList<SheetPagePlan> plans = SheetColumns::plan(heights, sectionGap, columnCount,
        page.bodyHeight() - headerHeight - slack, page.bodyHeight() - slack);

    for (int p = 0; p < plans.size(); ++p) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(formats.spacerBlock(), formats.spacer());
        QTextTable* table =
            cursor.insertTable(1, columnCount, columnTableFormat(columnCount, p > 0));
        for (int column = 0; column < columnCount; ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat;
            cellFormat.setTopPadding(0);
            cellFormat.setBottomPadding(0);
            cellFormat.setLeftPadding(column > 0 ? gap / 2 : 0);
            cellFormat.setRightPadding(column + 1 < columnCount ? gap / 2 : 0);
            cell.setFormat(cellFormat);
            SheetSectionWriter writer(cell.firstCursorPosition(), formats);
            for (const int index : plans.at(p).columns.at(column))
                writer.writeSection(shown, sections.at(index));
        }
    }
    cursor.movePosition(QTextCursor::End);
    cursor.setBlockFormat(formats.spacerBlock());
    cursor.setBlockCharFormat(formats.spacer());
    return document;
}

} // namespace sb::print

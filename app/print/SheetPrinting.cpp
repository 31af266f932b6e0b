#include "app/print/SheetPrinting.h"

#include "app/print/SheetPage.h"

namespace sb::print {

void SheetPrinting::print(const SheetFit& fit, QPrinter* printer)
{
    if (fit.document)
        print(*fit.document, fit.style, printer);
}

void SheetPrinting::print(const QTextDocument& document, const SheetStyle& style, QPrinter* printer)
{
    if (!printer)
        return;
    // Full page: the document maps onto the whole sheet of paper with the margins it was fitted
    // with. A printer that refuses zero margins still gets the right paper size.
    printer->setFullPage(true);
    const QPageLayout layout = SheetPage(style).deviceLayout();
    if (!printer->setPageLayout(layout)) {
        printer->setPageSize(layout.pageSize());
        printer->setPageOrientation(QPageLayout::Portrait);
    }
    printer->setDocName(document.metaInformation(QTextDocument::DocumentTitle));
    document.print(printer);
}

} // namespace sb::print

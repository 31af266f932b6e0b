#include "app/print/SheetFitter.h"

#include "app/print/SheetDocument.h"
#include "app/print/SheetTrimming.h"

namespace sb::print {

namespace {

struct Attempt {
    SheetStyle style;
    std::unique_ptr<QTextDocument> document;
    int pageCount = 0;
};

Attempt layOut(const CheatSheet& sheet, SheetStyle style, qreal pointSize)
{
    style.basePointSize = pointSize;
    Attempt attempt {style, SheetDocument::build(sheet, style), 0};
    attempt.pageCount = attempt.document->pageCount();
    return attempt;
}

} // namespace

SheetFit SheetFitter::fit(const CheatSheet& sheet, const SheetStyle& style, int targetPages)
{
    SheetFit result;
    result.targetPages = qMax(1, targetPages);
    SheetStyle trimmedStyle = style;
    Attempt fewest;
    QList<SheetTrim> fewestTrimmed;

    // Level 0 trims nothing more; each later level adds the next trim that changes this sheet.
    for (int level = 0; level <= int(sheetTrimOrder.size()); ++level) {
        if (level > 0) {
            const SheetTrim trim = sheetTrimOrder.at(level - 1);
            if (!trimmedStyle.shows(trim)
                || !SheetTrimming::removesSomething(
                    SheetTrimming::apply(sheet, trimmedStyle.trims), trim))
                continue;
            trimmedStyle.trims.append(trim);
            result.trimmed.append(trim);
        }

        // Page counts only grow with the type size, so when the smallest size does not fit, no
        // larger one will: one layout instead of nine for each level that fails.
        Attempt smallest = layOut(sheet, trimmedStyle, smallestPointSize);
        if (smallest.pageCount > result.targetPages) {
            if (!fewest.document || smallest.pageCount < fewest.pageCount) {
                fewest = std::move(smallest);
                fewestTrimmed = result.trimmed;
            }
            continue;
        }
        for (qreal size = largestPointSize; size > smallestPointSize; size -= pointSizeStep) {
            Attempt attempt = layOut(sheet, trimmedStyle, size);
            if (attempt.pageCount <= result.targetPages) {
                smallest = std::move(attempt);
                break;
            }
        }
        result.fits = true;
        result.pageCount = smallest.pageCount;
        result.style = smallest.style;
        result.document = std::move(smallest.document);
        return result;
    }

    result.pageCount = fewest.pageCount;
    result.style = fewest.style;
    result.trimmed = fewestTrimmed;
    result.document = std::move(fewest.document);
    return result;
}

} // namespace sb::print

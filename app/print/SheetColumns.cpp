#include "app/print/SheetColumns.h"

#include <algorithm>
#include <numeric>

namespace sb::print {

namespace {

// The height of the taller column when these sections fill the page's columns.
qreal pageHeightNeeded(const QList<qreal>& heights, qreal gap, int columnCount)
{
    if (columnCount < 2)
        return SheetColumns::columnHeight(heights, gap);
    const int split = SheetColumns::balancedSplit(heights, gap);
    return std::max(SheetColumns::columnHeight(heights.first(split), gap),
        SheetColumns::columnHeight(heights.sliced(split), gap));
}

QList<int> indexRange(int from, int count)
{
    QList<int> indexes(count);
    std::iota(indexes.begin(), indexes.end(), from);
    return indexes;
}

} // namespace

qreal SheetColumns::columnHeight(const QList<qreal>& heights, qreal sectionGap)
{
    if (heights.isEmpty())
        return 0.0;
    return std::accumulate(heights.cbegin(), heights.cend(), 0.0)
        + sectionGap * qreal(heights.size() - 1);
}

int SheetColumns::balancedSplit(const QList<qreal>& heights, qreal sectionGap)
{
    int bestSplit = int(heights.size());
    qreal bestHeight = columnHeight(heights, sectionGap);
    for (int split = 0; split <= heights.size(); ++split) {
        const qreal taller = std::max(columnHeight(heights.first(split), sectionGap),
            columnHeight(heights.sliced(split), sectionGap));
        // "<=" so a later split (more on the left) wins a tie.
        if (taller <= bestHeight) {
            bestHeight = taller;
            bestSplit = split;
        }
    }
    return bestSplit;
}

QList<SheetPagePlan> SheetColumns::plan(const QList<qreal>& sectionHeights, qreal sectionGap,
    int columnCount, qreal firstPageHeight, qreal pageHeight)
{
    QList<SheetPagePlan> pages;
    int next = 0;
    while (next < sectionHeights.size()) {
        const qreal available = pages.isEmpty() ? firstPageHeight : pageHeight;
        // At least one section per page; one taller than a page breaks across pages.
        int count = 1;
        while (next + count < sectionHeights.size()
            && pageHeightNeeded(sectionHeights.sliced(next, count + 1), sectionGap, columnCount)
                <= available)
            ++count;

        SheetPagePlan page;
        if (columnCount < 2) {
            page.columns.append(indexRange(next, count));
        } else {
            const int split = balancedSplit(sectionHeights.sliced(next, count), sectionGap);
            page.columns.append(indexRange(next, split));
            page.columns.append(indexRange(next + split, count - split));
        }
        pages.append(page);
        next += count;
    }
    return pages;
}

} // namespace sb::print

#pragma once

#include <QList>

namespace sb::print {

// One page of a sheet: the sections each column holds, by index, top to bottom.
struct SheetPagePlan {
    QList<QList<int>> columns;
};

// Deals a sheet's sections, in their order, onto pages of one or two columns: as many sections
// per page as fit, split between the columns so they end at about the same height, and never a
// section split between columns. Reading order stays left column, then right, then next page.
class SheetColumns {
public:
    // sectionGap: the space between two sections in one column.
    static QList<SheetPagePlan> plan(const QList<qreal>& sectionHeights, qreal sectionGap,
        int columnCount, qreal firstPageHeight, qreal pageHeight);

    // How many of the sections go to the left column so the taller column is as short as can
    // be; on a tie the left one takes more, as a reader expects.
    static int balancedSplit(const QList<qreal>& heights, qreal sectionGap);
    // The height of sections stacked in one column.
    static qreal columnHeight(const QList<qreal>& heights, qreal sectionGap);
};

} // namespace sb::print

#pragma once

#include "app/print/SheetStyle.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>

namespace sb::print {

// The paper a sheet is laid out on, in the units of a QTextDocument without a paint device, so
// the document's pages are the printed pages: same size, same margins, same line breaks.
class SheetPage {
public:
    explicit SheetPage(const SheetStyle& style);

    qreal fromPoints(qreal points) const { return points * m_unitsPerPoint; }
    QSizeF documentPageSize() const; // the whole sheet of paper
    QMarginsF documentMargins() const;
    qreal bodyWidth() const;
    qreal bodyHeight() const;

    // For the PDF writer or printer: the paper without margins, because the document's root
    // frame carries them (printers then scale nothing and clip nothing).
    QPageLayout deviceLayout() const;

    // The resolution QTextDocument lays text out at when it has no paint device.
    static qreal documentDpi();

private:
    QPageSize m_pageSize;
    QMarginsF m_marginsPoints;
    qreal m_unitsPerPoint = 1.0;
};

} // namespace sb::print

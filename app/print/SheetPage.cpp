#include "app/print/SheetPage.h"

#include <QGuiApplication>
#include <QScreen>

namespace sb::print {

namespace {

constexpr qreal pointsPerInch = 72.0;
constexpr qreal millimetresPerInch = 25.4;

} // namespace

SheetPage::SheetPage(const SheetStyle& style)
    : m_pageSize(style.pageSize()),
      m_marginsPoints(style.marginsMm * (pointsPerInch / millimetresPerInch)),
      m_unitsPerPoint(documentDpi() / pointsPerInch)
{
}

QSizeF SheetPage::documentPageSize() const
{
    return m_pageSize.size(QPageSize::Point) * m_unitsPerPoint;
}

QMarginsF SheetPage::documentMargins() const
{
    return m_marginsPoints * m_unitsPerPoint;
}

qreal SheetPage::bodyWidth() const
{
    const QMarginsF margins = documentMargins();
    return documentPageSize().width() - margins.left() - margins.right();
}

qreal SheetPage::bodyHeight() const
{
    const QMarginsF margins = documentMargins();
    return documentPageSize().height() - margins.top() - margins.bottom();
}

QPageLayout SheetPage::deviceLayout() const
{
    return QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF());
}

qreal SheetPage::documentDpi()
{
    // Mirrors how Qt picks the resolution of a layout without paint device (qt_defaultDpiY),
    // which has no public accessor. Only the ratio to the page size matters for the page count;
    // this makes the printed point sizes true as well.
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96.0;
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100.0;
}

} // namespace sb::print

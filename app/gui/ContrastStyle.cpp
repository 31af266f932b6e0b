#include "app/gui/ContrastStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace sb::gui {

namespace {

QColor mixed(const QColor& a, const QColor& b, qreal aShare)
{
    return QColor::fromRgbF(float(a.redF() * aShare + b.redF() * (1 - aShare)),
        float(a.greenF() * aShare + b.greenF() * (1 - aShare)),
        float(a.blueF() * aShare + b.blueF() * (1 - aShare)));
}

} // namespace

ContrastStyle::ContrastStyle(const QString& key) : QProxyStyle(key) { }

QColor ContrastStyle::checkOutline(const QPalette& palette) const
{
    const bool fusion =
        baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
    const QColor base = palette.color(QPalette::Base);
    if (!fusion || base.lightness() >= 128)
        return {};
    // Halfway between the box and its text: plainly there, yet quieter than a tick.
    return mixed(palette.color(QPalette::Text), base, 0.55);
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Item views draw their check boxes through PE_IndicatorCheckBox too, via proxy().
    if (element != PE_IndicatorCheckBox)
        return;
    const QColor outline = checkOutline(option->palette);
    // Keyboard focus keeps Fusion's highlighted outline.
    const bool focusShown =
        option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange);
    if (!outline.isValid() || focusShown)
        return;
    // Over Fusion's own outline, on the same pixels: crisp one-pixel lines at any scale.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace sb::gui

#include "app/print/SheetColour.h"

#include <QRegularExpression>

namespace sb::print {

QColor SheetColour::accent(const QString& categoryColour)
{
    // Strict, because the value also lands in HTML style attributes.
    static const QRegularExpression hexColour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (hexColour.match(categoryColour).hasMatch())
        return QColor::fromString(categoryColour);
    return neutral();
}

QColor SheetColour::neutral()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor SheetColour::tint(const QColor& colour, qreal strength)
{
    const auto mix = [strength](
                         int channel) { return qRound(255.0 - (255.0 - channel) * strength); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

QColor SheetColour::ink(const QColor& colour)
{
    QColor hsl = colour.toHsl();
    // Lightness 30% keeps any hue well above 7:1 contrast on white, also in greyscale.
    hsl.setHsl(hsl.hslHue(), qMin(hsl.hslSaturation(), 160), qMin(hsl.lightness(), 70));
    return hsl.toRgb();
}

QString SheetColour::hex(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace sb::print

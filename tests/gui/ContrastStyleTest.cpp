#include "app/gui/ContrastStyle.h"

#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionViewItem>

#include <gtest/gtest.h>

#include <memory>

namespace sb::test {
namespace {

using namespace sb::gui;

QPalette darkPalette()
{
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Button})
        palette.setColor(role, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(role, QColor(0xee, 0xee, 0xee));
    return palette;
}

// An unticked check box of an item view, as `style` draws it on the view's base colour.
QImage uncheckedBox(const QStyle& style, const QPalette& palette, qreal scale = 1)
{
    QImage image(QSize(24, 24) * scale, QImage::Format_ARGB32);
    image.setDevicePixelRatio(scale);
    image.fill(palette.color(QPalette::Base));
    QStyleOptionViewItem option;
    option.palette = palette;
    option.rect = QRect(4, 4, 14, 14);
    option.state = QStyle::State_Enabled | QStyle::State_Off;
    QPainter painter(&image);
    style.drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
    painter.end();
    return image;
}

// How far the most different pixel is from the base colour, in lightness (0–255).
int strongestEdge(const QImage& image, const QColor& base)
{
    int strongest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            strongest = std::max(
                strongest, std::abs(image.pixelColor(x, y).lightness() - base.lightness()));
    }
    return strongest;
}

TEST(ContrastStyleTest, UntickedBoxIsPlainlyOutlinedOnADarkPalette)
{
    const ContrastStyle style(QStringLiteral("fusion"));
    const QPalette palette = darkPalette();
    EXPECT_TRUE(style.checkOutline(palette).isValid());
    EXPECT_GE(strongestEdge(uncheckedBox(style, palette), palette.color(QPalette::Base)), 100);
    EXPECT_GE(strongestEdge(uncheckedBox(style, palette, 2), palette.color(QPalette::Base)), 100)
        << "at 2× scaling too";
}

TEST(ContrastStyleTest, LightPalettesAndOtherStylesAreDrawnAsTheStyleDrawsThem)
{
    const QPalette light; // Qt's default palette is light
    const ContrastStyle fusion(QStringLiteral("fusion"));
    const std::unique_ptr<QStyle> plainFusion(QStyleFactory::create(QStringLiteral("fusion")));
    EXPECT_FALSE(fusion.checkOutline(light).isValid());
    EXPECT_EQ(uncheckedBox(fusion, light), uncheckedBox(*plainFusion, light));

    const ContrastStyle windows(QStringLiteral("windows"));
    const std::unique_ptr<QStyle> plainWindows(QStyleFactory::create(QStringLiteral("windows")));
    EXPECT_FALSE(windows.checkOutline(darkPalette()).isValid());
    EXPECT_EQ(uncheckedBox(windows, darkPalette()), uncheckedBox(*plainWindows, darkPalette()));
}

} // namespace
} // namespace sb::test

#include "app/gui/Icons.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

using namespace sb::gui;

const QStringList kDrawn {QStringLiteral("document-new"), QStringLiteral("document-open"),
    QStringLiteral("document-print"), QStringLiteral("document-revert"),
    QStringLiteral("document-save-as"), QStringLiteral("edit-delete"), QStringLiteral("edit-find"),
    QStringLiteral("edit-redo"), QStringLiteral("edit-undo"), QStringLiteral("folder"),
    QStringLiteral("help-about"), QStringLiteral("list-add"), QStringLiteral("list-remove"),
    QStringLiteral("tag"), QStringLiteral("x-office-calendar")};

// The drawn pixels of an icon at 24 px: how many, and their average lightness.
struct Ink {
    int pixels = 0;
    int lightness = 0;
};

Ink inkOf(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    qint64 lightness = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() > 128) {
                ++ink.pixels;
                lightness += colour.lightness();
            }
        }
    }
    ink.lightness = ink.pixels > 0 ? int(lightness / ink.pixels) : 0;
    return ink;
}

class IconsTest : public ::testing::Test {
protected:
    void TearDown() override { QApplication::setPalette(m_original); }
    QPalette m_original = QApplication::palette();
};

TEST_F(IconsTest, EveryIconIsBundled)
{
    QStringList bundled = bundledIconNames();
    bundled.sort();
    EXPECT_EQ(bundled, kDrawn);
}

TEST_F(IconsTest, EachBundledIconDrawsAt24PixelsInDarkInkOnALightPalette)
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QApplication::setPalette(light);
    for (const QString& name : kDrawn) {
        const QIcon icon = bundledIcon(name);
        ASSERT_FALSE(icon.isNull()) << name.toStdString();
        EXPECT_EQ(icon.pixmap(24, 24).size(), QSize(24, 24)) << name.toStdString();
        const Ink ink = inkOf(icon);
        EXPECT_GT(ink.pixels, 10) << name.toStdString() << " is not transparent";
        EXPECT_LT(ink.lightness, 100) << name.toStdString();
    }
}

TEST_F(IconsTest, OnADarkPaletteTheIconsAreDrawnInLightInk)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    QApplication::setPalette(dark);
    for (const QString& name : kDrawn) {
        const Ink ink = inkOf(bundledIcon(name));
        EXPECT_GT(ink.pixels, 10) << name.toStdString();
        EXPECT_GT(ink.lightness, 160) << name.toStdString();
    }
}

TEST_F(IconsTest, ThemedIconFallsBackToTheDrawingAndUnknownNamesGiveNoIcon)
{
    // Whatever the test machine's theme, every name gives an icon that draws something.
    for (const QString& name : kDrawn)
        EXPECT_GT(inkOf(themedIcon(name)).pixels, 10) << name.toStdString();
    EXPECT_TRUE(bundledIcon(QStringLiteral("no-such-icon")).isNull());
}

} // namespace
} // namespace sb::test

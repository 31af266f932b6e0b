#pragma once

#include <QProxyStyle>

namespace sb::gui {

// The platform's style, with check box outlines that stay visible in dark palettes. Fusion
// (Qt's style on GNOME and bare X sessions) outlines a check box with a darker shade of the
// window colour, which on a dark window is all but black on black: the unticked categories of
// a story could not be seen. Other styles are left exactly as they are.
class ContrastStyle : public QProxyStyle {
    Q_OBJECT

public:
    // The style named `key` (as QStyleFactory knows it), e.g. QApplication::style()->name().
    explicit ContrastStyle(const QString& key);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;

    // The colour a check box is outlined with in this palette, or an invalid colour when the
    // base style's own outline is left alone (light palettes, other styles).
    QColor checkOutline(const QPalette& palette) const;
};

} // namespace sb::gui

#include "app/gui/ColourSwatch.h"

#include <QPainter>
#include <QPixmap>

namespace sb::gui {

QIcon colourSwatch(const QColor& colour)
{
    QIcon icon;
    for (const int size : {16, 32}) { // 32 for 2× screens
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal inset = size / 8.0;
        const QRectF circle(inset, inset, size - 2 * inset, size - 2 * inset);
        if (colour.isValid()) {
            painter.setPen(colour.darker(130));
            painter.setBrush(colour);
        } else {
            painter.setPen(QPen(QColor(128, 128, 128), size / 16.0));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(circle);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QStringList labelPalette()
{
    return {QStringLiteral("#e5534b"), QStringLiteral("#e0823d"), QStringLiteral("#c9a227"),
        QStringLiteral("#57ab5a"), QStringLiteral("#39a0a0"), QStringLiteral("#4184e4"),
        QStringLiteral("#8a63d2"), QStringLiteral("#c25e9c"), QStringLiteral("#8c7b6b"),
        QStringLiteral("#768390")};
}

} // namespace sb::gui

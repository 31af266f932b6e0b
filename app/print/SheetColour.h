#pragma once

#include <QColor>
#include <QString>

namespace sb::print {

// The colours a sheet draws with: a category's own colour when it is a valid "#rrggbb", a calm
// grey otherwise, and the pale tint behind headings.
class SheetColour {
public:
    static QColor accent(const QString& categoryColour);
    static QColor neutral(); // for the blocks that belong to no category
    // The colour mixed with white: strength 0 is white, 1 the colour itself.
    static QColor tint(const QColor& colour, qreal strength);
    // Dark enough to read as text on white, in the colour's hue.
    static QColor ink(const QColor& colour);
    static QString hex(const QColor& colour); // "#rrggbb"
};

} // namespace sb::print

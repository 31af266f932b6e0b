#pragma once

#include <QColor>
#include <QIcon>
#include <QStringList>

namespace sb::gui {

// A small round icon of a label's colour; a label without one gets an outlined circle, so
// rows line up either way.
QIcon colourSwatch(const QColor& colour);

// The colours offered for tags and categories: distinct and readable on light and dark rows.
QStringList labelPalette();

} // namespace sb::gui

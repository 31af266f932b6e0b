#pragma once

class QWidget;

namespace sb::gui {

// F11 (or the platform's full-screen key) switches a practice window between its normal size
// and the whole screen, where nothing but the question is in view. The window's own content
// should keep a readable width (see readableColumn).
void addFullWindowToggle(QWidget* window);

// Wraps content in a column that grows no wider than a comfortable reading width and stays
// centred, so a full-screen practice window does not spread a question across the screen.
QWidget* readableColumn(QWidget* content);

} // namespace sb::gui

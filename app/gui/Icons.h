#pragma once

#include <QIcon>
#include <QStringList>

namespace sb::gui {

// The icon of this freedesktop name from the desktop's icon theme, or our own drawing of it
// where there is no theme (a bare X session, a minimal desktop), so no button is left as text.
QIcon themedIcon(const QString& name);

// Our own drawing of the icon, for the application's current palette: a dark stroke on light
// windows, a light one on dark windows.
QIcon bundledIcon(const QString& name);

// The names we have drawings for.
QStringList bundledIconNames();

} // namespace sb::gui

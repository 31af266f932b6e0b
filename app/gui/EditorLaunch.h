#pragma once

class QApplication;

namespace sb::gui {

// Everything the storybank program does once its application object exists: read the command
// line, lock and open the bank (creating the default one on first run), show the main window
// and run the event loop. Its own function so the first-window benchmark starts the editor
// exactly as people do.
int runEditor(QApplication& app);

} // namespace sb::gui

// storybank_probe_editor: the storybank program (same start, same bank opening, same main
// window) that reports its first painted frame and, once settled, its memory. Run by the
// first-window benchmark.

#include "app/gui/EditorApplication.h"
#include "app/gui/EditorLaunch.h"
#include "tests/bench/probe/ProbeReport.h"
#include "tests/bench/support/FirstPaintWatcher.h"

int main(int argc, char* argv[])
{
    sb::gui::EditorApplication app(argc, argv);
    const sb::bench::FirstPaintWatcher watcher(sb::bench::reportFirstFrameThenSettle);
    return sb::gui::runEditor(app);
}

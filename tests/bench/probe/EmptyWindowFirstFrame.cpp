// storybank_probe_empty: the Qt floor of a desktop program, an empty QMainWindow, reporting like
// storybank_probe_editor.

#include "tests/bench/probe/ProbeReport.h"
#include "tests/bench/support/FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const sb::bench::FirstPaintWatcher watcher(sb::bench::reportFirstFrameThenSettle);
    QMainWindow window;
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}

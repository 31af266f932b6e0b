// storybank: the desktop editor.

#include "app/gui/EditorLaunch.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    return sb::gui::runEditor(app);
}

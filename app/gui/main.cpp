// storybank: the desktop editor.

#include "app/gui/EditorApplication.h"
#include "app/gui/EditorLaunch.h"

int main(int argc, char* argv[])
{
    sb::gui::EditorApplication app(argc, argv);
    return sb::gui::runEditor(app);
}

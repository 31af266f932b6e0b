// One application object for a widget test program (the editor's own, so the tests run under
// what people run), offscreen, then GoogleTest.

#include "app/gui/EditorApplication.h"
#include "core/BankLocation.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Keep tests away from the user's real bank and settings.
    QStandardPaths::setTestModeEnabled(true);
    // Offscreen also when CTest lists the tests (which runs the program without the test
    // environment), so no display is ever needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sb::gui::EditorApplication app(argc, argv);
    sb::setApplicationIdentity();
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

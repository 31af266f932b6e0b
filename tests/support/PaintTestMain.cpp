// One QGuiApplication for a test program that lays out text and paints (fonts need it), offscreen
// and without widgets, then GoogleTest.

#include "core/BankLocation.h"

#include <QGuiApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    // Offscreen also when CTest lists the tests (which runs the program without the test
    // environment), so no display is ever needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    sb::setApplicationIdentity();
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

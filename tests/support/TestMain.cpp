// One QCoreApplication for the whole test program, as Qt requires, then GoogleTest.

#include "core/BankLocation.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Keep tests away from the user's real bank and settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    sb::setApplicationIdentity();
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

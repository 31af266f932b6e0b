// storybank-cli: the headless front end to a StoryBank bank.

#include "app/cli/CliApp.h"
#include "app/i18n/AppTranslations.h"
#include "core/BankLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Laying out a cheat sheet needs fonts, so that command runs with a GUI application on the
// offscreen platform: no display needed, nothing shown. The others stay light.
bool wantsFonts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "cheatsheet") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    sb::setApplicationIdentity();
    sb::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    sb::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}

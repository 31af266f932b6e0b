// storybank-cli: the headless front end to a StoryBank bank.

#include "app/cli/CliApp.h"
#include "core/BankLocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sb::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    sb::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}

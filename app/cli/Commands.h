#pragma once

#include "app/cli/Command.h"

#include <QList>

namespace sb::cli {

// Every command storybank-cli knows, in the order --help lists them.
const QList<const Command*>& allCommands();
const Command* findCommand(const QString& name);

} // namespace sb::cli

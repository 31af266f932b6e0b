#include "app/cli/Commands.h"

namespace sb::cli {

// Each command lives in its own file and is reached only through these.
const Command& initCommand();
const Command& statsCommand();
const Command& coverageCommand();
const Command& listCommand();
const Command& searchCommand();
const Command& checkCommand();
const Command& backupCommand();
const Command& restoreCommand();
const Command& addCommand();
const Command& linkCommand();
const Command& planCommand();
const Command& removeCommand();
const Command& pathCommand();
const Command& cheatsheetCommand();
const Command& coachCommand();
const Command& practiceCommand();
const Command& importCommand();
const Command& exportCommand();

const QList<const Command*>& allCommands()
{
    static const QList<const Command*> commands {
        &initCommand(),
        &statsCommand(),
        &coverageCommand(),
        &listCommand(),
        &searchCommand(),
        &addCommand(),
        &linkCommand(),
        &planCommand(),
        &removeCommand(),
        &importCommand(),
        &exportCommand(),
        &cheatsheetCommand(),
        &coachCommand(),
        &practiceCommand(),
        &checkCommand(),
        &backupCommand(),
        &restoreCommand(),
        &pathCommand(),
    };
    return commands;
}

const Command* findCommand(const QString& name)
{
    for (const Command* command : allCommands()) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

} // namespace sb::cli

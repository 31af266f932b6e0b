#pragma once

#include <QByteArray>
#include <QList>

namespace sb {

class Database;

// One numbered schema step: the SQL that takes a bank from version - 1 to version.
struct Migration {
    int version = 0;
    QByteArray sql;
};

// Brings a bank's schema up to date, one step per transaction, stamping the StoryBank
// application id and the new user_version inside each step's transaction.
class SchemaMigrator {
public:
    explicit SchemaMigrator(QList<Migration> steps = builtInMigrations());

    int latestVersion() const;

    // Applies every step above the bank's user_version, in order, and returns how many ran.
    // A failing step is rolled back and rethrown; the steps before it stay committed.
    int migrate(Database& db) const;

    static int currentVersion(Database& db);

    // The core/sql/NNNN_name.sql files compiled into the library.
    static QList<Migration> builtInMigrations();

private:
    QList<Migration> m_steps;
};

} // namespace sb

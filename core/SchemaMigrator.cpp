#include "core/SchemaMigrator.h"

#include "core/BankError.h"
#include "core/BankFormat.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace sb {

SchemaMigrator::SchemaMigrator(QList<Migration> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

int SchemaMigrator::currentVersion(Database& db)
{
    return int(db.scalar("PRAGMA user_version"));
}

namespace {

// Steps may rebuild a table the SQLite way (copy, drop, rename); with foreign keys enforced,
// the drop would cascade into every child table. So they are off while steps run (the pragma
// only takes effect outside a transaction) and each step proves it left no broken reference.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db) : m_db(db)
    {
        m_wasOn = m_db.scalar("PRAGMA foreign_keys") != 0;
        m_db.execScript("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            m_db.execScript("PRAGMA foreign_keys = ON");
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
    bool m_wasOn = false;
};

void requireNoBrokenReferences(Database& db, int version)
{
    auto query = db.query("PRAGMA foreign_key_check");
    if (query.next())
        throw BankError(BankError::Code::Internal,
            QCoreApplication::translate("sb::SchemaMigrator",
                "Schema step %1 left rows in %2 that refer to missing rows in %3.")
                .arg(version)
                .arg(query.text(0), query.text(2)));
}

} // namespace

int SchemaMigrator::migrate(Database& db) const
{
    const int from = currentVersion(db);
    int applied = 0;
    const ForeignKeysOff foreignKeysOff(db);
    for (const Migration& step : m_steps) {
        if (step.version <= from)
            continue;
        Transaction transaction(db);
        db.execScript(step.sql);
        requireNoBrokenReferences(db, step.version);
        // Pragmas take no bound parameters; both values are our own integers.
        db.execScript("PRAGMA application_id = " + QByteArray::number(kBankApplicationId)
            + ";\nPRAGMA user_version = " + QByteArray::number(step.version) + ";");
        transaction.commit();
        ++applied;
    }
    return applied;
}

QList<Migration> SchemaMigrator::builtInMigrations()
{
    QList<Migration> steps;
    const QDir dir(QStringLiteral(":/storybank/sql"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        bool numbered = false;
        const int version = name.section(u'_', 0, 0).toInt(&numbered);
        if (!numbered || !file.open(QIODevice::ReadOnly))
            throw BankError(BankError::Code::Internal,
                QCoreApplication::translate("sb::SchemaMigrator", "Schema step %1 is not usable.")
                    .arg(name));
        steps.append({version, file.readAll()});
    }
    return steps;
}

} // namespace sb

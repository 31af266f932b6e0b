#include "core/SchemaMigrator.h"

#include "core/BankError.h"
#include "core/BankFormat.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"

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
    auto query = db.query("PRAGMA user_version");
    return query.next() ? int(query.integer(0)) : 0;
}

int SchemaMigrator::migrate(Database& db) const
{
    const int from = currentVersion(db);
    int applied = 0;
    for (const Migration& step : m_steps) {
        if (step.version <= from)
            continue;
        Transaction transaction(db);
        db.execScript(step.sql);
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
                QStringLiteral("Schema step %1 is not usable.").arg(name));
        steps.append({version, file.readAll()});
    }
    return steps;
}

} // namespace sb

#include "core/db/Transaction.h"

#include "core/db/Database.h"

namespace sb {

Transaction::Transaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy bank fails here, before any work is done.
    m_db.query("BEGIN IMMEDIATE").exec();
}

Transaction::~Transaction()
{
    if (!m_open || !m_db.inTransaction())
        return;
    try {
        m_db.query("ROLLBACK").exec();
    } catch (...) {
        // SQLite rolls back by itself when the connection closes; nothing more can be done here.
    }
}

void Transaction::commit()
{
    m_db.query("COMMIT").exec();
    m_open = false;
}

} // namespace sb

// Bank::importDocuments: the one write that adds many rows of every kind at once.
#include "core/Bank.h"

#include "core/BankImportRun.h"
#include "core/BankStores.h"
#include "core/db/Transaction.h"

namespace sb {

ImportSummary Bank::importDocuments(const QList<ImportDocument>& documents, bool dryRun)
{
    BankImportRun run(*m_stores);
    {
        // One transaction for everything: a file refused half-way leaves the bank untouched,
        // and a dry run is the same work rolled back, so its figures are exactly the import's.
        Transaction transaction(*m_db);
        run.apply(documents);
        if (dryRun)
            return run.summary();
        transaction.commit();
    }
    for (const BankChange& change : run.changes())
        emit changed(change);
    return run.summary();
}

} // namespace sb

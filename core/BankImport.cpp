// PLACEHOLDER: being written by the lead.
#include "core/Bank.h"

namespace sb {

ImportSummary Bank::importDocuments(const QList<ImportDocument>&, bool)
{
    return {};
}

} // namespace sb

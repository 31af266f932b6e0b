// PLACEHOLDER: replaced by the JSON helper.
#include "core/exchange/JsonImporter.h"

#include "core/exchange/ImportError.h"

namespace sb {

ImportDocument JsonImporter::parse(const QByteArray&, const QString& source)
{
    throw ImportError(source, -1, QStringLiteral("not written yet"));
}

} // namespace sb

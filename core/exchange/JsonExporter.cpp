// PLACEHOLDER: replaced by the JSON helper.
#include "core/exchange/JsonExporter.h"

namespace sb {

QByteArray JsonExporter::write(const Bank&)
{
    return {};
}

} // namespace sb

// PLACEHOLDER: replaced by the Markdown import helper.
#include "core/exchange/MarkdownImporter.h"

#include "core/exchange/ImportError.h"

namespace sb {

ImportDocument MarkdownImporter::parse(const QByteArray&, const QString& source)
{
    throw ImportError(source, -1, QStringLiteral("not written yet"));
}

} // namespace sb

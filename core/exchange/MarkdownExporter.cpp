// PLACEHOLDER: replaced by the Markdown export helper.
#include "core/exchange/MarkdownExporter.h"

namespace sb {

QByteArray MarkdownExporter::writeFile(const Bank&)
{
    return {};
}

QMap<QString, QByteArray> MarkdownExporter::writeFolder(const Bank&)
{
    return {};
}

} // namespace sb

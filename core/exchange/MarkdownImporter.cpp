#include "core/exchange/MarkdownImporter.h"

#include "core/exchange/FrontMatter.h"
#include "core/exchange/MarkdownBlocks.h"
#include "core/exchange/MarkdownInputCheck.h"
#include "core/exchange/MarkdownNotesReader.h"

namespace sb {

ImportDocument MarkdownImporter::parse(const QByteArray& bytes, const QString& source)
{
    MarkdownInputCheck::check(bytes, source, kMaxBytes);
    FrontMatter frontMatter = FrontMatter::read(bytes);
    const QList<MarkdownBlock> blocks = MarkdownBlocks::read(bytes, frontMatter.bodyStart, source);
    MarkdownNotesReader reader(source, std::move(frontMatter));
    return reader.read(blocks);
}

} // namespace sb

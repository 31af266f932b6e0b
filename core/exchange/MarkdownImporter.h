#pragma once

#include "core/exchange/ImportDocument.h"

#include <QByteArray>
#include <QString>

namespace sb {

// Reads the interview notes people keep in Markdown (Obsidian, Notion exports, READMEs) into an
// ImportDocument: category headings, questions (headings, list items, numbered lists, variants
// separated by "/"), STAR/STAR+L/CARL sections in their common spellings, "STORY: name"
// references, and talking points as a question's notes. md4c does the parsing.
class MarkdownImporter {
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // Throws ImportError for input it refuses as a whole (invalid UTF-8, NUL bytes, binary data,
    // over kMaxBytes, nesting beyond reason), naming source and the byte offset.
    static ImportDocument parse(const QByteArray& bytes, const QString& source);
};

} // namespace sb

#pragma once

#include "core/exchange/MarkdownBlock.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb {

// Runs md4c over a note and turns its callbacks into a flat list of blocks in document order;
// a list item comes before the items nested in it. md4c reports no line numbers, so each
// block's line is found from where its first text lies in the input.
class MarkdownBlocks {
public:
    // Lists and quotes nested deeper than this are refused: no notes need it, and it is how
    // hostile input would make every later step slow.
    static constexpr int kMaxNesting = 32;

    // bytes: the whole file (checked UTF-8); the Markdown starts at bodyStart (after any front
    // matter). Throws ImportError for nesting beyond kMaxNesting.
    static QList<MarkdownBlock> read(
        const QByteArray& bytes, qsizetype bodyStart, const QString& source);
};

} // namespace sb

#include "core/exchange/MarkdownBlocks.h"

#include "core/exchange/HtmlEntity.h"
#include "core/exchange/ImportError.h"

#include <QCoreApplication>

#include <md4c.h>

#include <algorithm>

namespace sb {

namespace {

// What the callbacks build; md4c hands it back as userdata.
struct Walk {
    const char* input = nullptr; // start of the whole file, for offsets and lines
    qsizetype inputSize = 0;
    QList<qsizetype> newlines; // offsets of every '\n' in the file
    QList<MarkdownBlock> blocks;
    QList<int> lettersInside; // per block: letters and digits inside bold/italic
    QList<int> lettersOutside;
    QList<MD_BLOCKTYPE> containers; // open quotes, lists and list items, innermost last
    QList<int> targets; // block receiving text for each open leaf or item; -1 drops it
    int listDepth = 0;
    int quoteDepth = 0;
    int emphasis = 0;
    qsizetype lastOffset = 0; // input offset of the latest text seen
    qsizetype tooDeepAt = -1;
    bool droppedHtml = false; // the last inline text was a tag or comment that was left out

    int lineAt(qsizetype offset) const
    {
        const auto it = std::lower_bound(newlines.cbegin(), newlines.cend(), offset);
        return int(it - newlines.cbegin()) + 1;
    }

    int newBlock(MarkdownBlock::Kind kind)
    {
        MarkdownBlock block;
        block.kind = kind;
        block.depth = listDepth;
        block.quoteDepth = quoteDepth;
        blocks.append(block);
        droppedHtml = false;
        lettersInside.append(0);
        lettersOutside.append(0);
        return int(blocks.size()) - 1;
    }

    int target() const { return targets.isEmpty() ? -1 : targets.last(); }

    void append(const QString& text, const char* where)
    {
        const int index = target();
        if (index < 0)
            return;
        MarkdownBlock& block = blocks[index];
        // Text pointing outside the input (md4c's own "\n" or indentation strings) has no place.
        if (where >= input && where < input + inputSize) {
            lastOffset = where - input;
            if (block.line == 0)
                block.line = lineAt(lastOffset);
        }
        // "a <!-- x --> b" would otherwise read "a  b".
        if (droppedHtml && block.text.endsWith(QLatin1Char(' '))
            && text.startsWith(QLatin1Char(' ')))
            block.text += text.mid(1);
        else
            block.text += text;
        droppedHtml = false;
        int letters = 0;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                ++letters;
        }
        (emphasis > 0 ? lettersInside : lettersOutside)[index] += letters;
    }
};

bool isContainer(MD_BLOCKTYPE type)
{
    return type == MD_BLOCK_QUOTE || type == MD_BLOCK_UL || type == MD_BLOCK_OL
        || type == MD_BLOCK_LI;
}

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
{
    auto& walk = *static_cast<Walk*>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        ++walk.quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        ++walk.listDepth;
        break;
    case MD_BLOCK_LI:
        walk.targets.append(walk.newBlock(MarkdownBlock::Kind::ListItem));
        break;
    case MD_BLOCK_H: {
        const int index = walk.newBlock(MarkdownBlock::Kind::Heading);
        walk.blocks[index].level = int(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        walk.targets.append(index);
        break;
    }
    case MD_BLOCK_P:
        // A paragraph of a list item is that item's text (loose lists wrap it in <p>).
        if (!walk.containers.isEmpty() && walk.containers.last() == MD_BLOCK_LI
            && walk.target() >= 0) {
            MarkdownBlock& item = walk.blocks[walk.target()];
            if (!item.text.isEmpty())
                item.text += QStringLiteral("\n\n");
            walk.targets.append(walk.target());
        } else {
            walk.targets.append(walk.newBlock(MarkdownBlock::Kind::Paragraph));
        }
        break;
    case MD_BLOCK_CODE:
        walk.targets.append(walk.newBlock(MarkdownBlock::Kind::Code));
        break;
    case MD_BLOCK_HTML:
        walk.targets.append(-1); // comments and markup, never notes
        break;
    default:
        break;
    }
    if (isContainer(type)) {
        walk.containers.append(type);
        // Items count once with their list: "- - - x" is three levels, not six.
        const int depth = walk.listDepth + walk.quoteDepth;
        if (depth > MarkdownBlocks::kMaxNesting) {
            walk.tooDeepAt = walk.lastOffset;
            return 1;
        }
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    auto& walk = *static_cast<Walk*>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        --walk.quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        --walk.listDepth;
        break;
    case MD_BLOCK_LI:
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        if (!walk.targets.isEmpty())
            walk.targets.removeLast();
        break;
    default:
        break;
    }
    if (isContainer(type) && !walk.containers.isEmpty())
        walk.containers.removeLast();
    return 0;
}

int enterSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto& walk = *static_cast<Walk*>(userdata);
    if (type == MD_SPAN_EM || type == MD_SPAN_STRONG)
        ++walk.emphasis;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto& walk = *static_cast<Walk*>(userdata);
    if ((type == MD_SPAN_EM || type == MD_SPAN_STRONG) && walk.emphasis > 0)
        --walk.emphasis;
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* userdata)
{
    auto& walk = *static_cast<Walk*>(userdata);
    const QByteArray raw = QByteArray::fromRawData(chars, qsizetype(size));
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        walk.append(QString::fromUtf8(raw), chars);
        break;
    case MD_TEXT_ENTITY:
        walk.append(HtmlEntity::decode(raw), chars);
        break;
    case MD_TEXT_NULLCHAR:
        walk.append(QString(QChar::ReplacementCharacter), chars);
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        walk.append(QStringLiteral("\n"), chars);
        break;
    case MD_TEXT_HTML:
        // Tags such as <mark> and comments go; the text between tags is ordinary text. A <br>
        // is the one tag that says something about the text.
        if (raw.startsWith("<br") || raw.startsWith("<BR"))
            walk.append(QStringLiteral("\n"), chars);
        else
            walk.droppedHtml = true;
        break;
    }
    return 0;
}

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::MarkdownImporter)
};

} // namespace

QList<MarkdownBlock> MarkdownBlocks::read(
    const QByteArray& bytes, qsizetype bodyStart, const QString& source)
{
    Walk walk;
    walk.input = bytes.constData();
    walk.inputSize = bytes.size();
    walk.lastOffset = bodyStart;
    for (qsizetype i = bytes.indexOf('\n'); i >= 0; i = bytes.indexOf('\n', i + 1))
        walk.newlines.append(i);

    MD_PARSER parser {};
    parser.abi_version = 0;
    // Wiki links for Obsidian; task lists and strikethrough because notes use them. Indented
    // code blocks are off: in notes an indented paragraph is a continued thought, not code.
    parser.flags = MD_FLAG_WIKILINKS | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH
        | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;

    const qsizetype size = std::max<qsizetype>(0, bytes.size() - bodyStart);
    const int result = md_parse(bytes.constData() + std::min(bodyStart, bytes.size()),
        static_cast<MD_SIZE>(size), &parser, &walk);
    if (walk.tooDeepAt >= 0) {
        throw ImportError(source, walk.tooDeepAt,
            Text::tr("%1: lists or quotes nested more than %2 levels deep after byte offset %3; "
                     "nothing was imported.")
                .arg(source)
                .arg(kMaxNesting)
                .arg(walk.tooDeepAt));
    }
    if (result != 0) {
        throw ImportError(source, -1,
            Text::tr("%1: the Markdown could not be read (out of memory?); nothing was imported.")
                .arg(source));
    }

    int lastLine = walk.lineAt(bodyStart);
    for (qsizetype i = 0; i < walk.blocks.size(); ++i) {
        MarkdownBlock& block = walk.blocks[i];
        if (block.kind == MarkdownBlock::Kind::Code) {
            while (block.text.endsWith(QLatin1Char('\n')))
                block.text.chop(1);
        } else {
            block.text = block.text.trimmed();
        }
        block.emphasised = walk.lettersInside.at(i) > 0 && walk.lettersOutside.at(i) == 0;
        // A block with no text of its own (an item holding only a nested list) stands where the
        // block before it ended, near enough for a warning.
        if (block.line == 0)
            block.line = lastLine;
        lastLine = block.line;
    }
    return walk.blocks;
}

} // namespace sb

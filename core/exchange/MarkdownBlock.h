#pragma once

#include <QString>

namespace sb {

// One block of a Markdown note, flattened out of md4c's tree: the reader of notes only needs
// to know what kind of block it is, how deep it sits and what it says.
struct MarkdownBlock {
    enum class Kind { Heading, Paragraph, ListItem, Code };

    Kind kind = Kind::Paragraph;
    int level = 0; // heading level 1–6
    int depth = 0; // list items: 1 for a top-level item, 2 for an item nested in it, …
    int quoteDepth = 0; // > 0 inside a blockquote
    // Every letter and digit stands inside bold or italic ("**Situation**", "*Tell me…*"):
    // such a line is a label or a title, not running text.
    bool emphasised = false;
    // Plain text: emphasis, links and HTML tags dropped, escapes and entities resolved, a soft
    // or hard line break as "\n", paragraphs of one list item joined by "\n\n".
    QString text;
    int line = 0; // 1-based line in the whole file (front matter counted)
};

} // namespace sb

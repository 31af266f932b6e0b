#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sb {

// A Markdown file under construction, block by block. Blocks are separated by one empty line;
// a heading is followed directly by what belongs to it, as in the exchange notes.
class MarkdownLines {
public:
    // text is plain text; it is escaped here.
    void heading(int level, const QString& text);
    // Consecutive lines of one block (a paragraph, a list, a blockquote), Markdown already.
    // Nothing is written for no lines.
    void block(const QStringList& lines);
    // UTF-8 with LF line ends, ending with exactly one "\n".
    QByteArray toUtf8() const;

private:
    void separate();

    QStringList m_lines;
    bool m_afterHeading = false;
};

} // namespace sb

#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// Turns plain user text into Markdown that md4c reads back as the same text: every character
// Markdown could take as markup gets a backslash, which md4c removes when reading.
class MarkdownEscape {
public:
    // One line of output (a heading, a metadata value, a list item): line breaks become spaces,
    // the ends are trimmed.
    static QString singleLine(const QString& text);
    // The lines of one or more paragraphs: each text line is an escaped, trimmed output line
    // (a soft break), and a run of empty lines becomes one empty line (a new paragraph).
    // Empty when the text is only whitespace.
    static QStringList paragraphs(const QString& text);

private:
    static QString escapeLine(const QString& trimmedLine);
};

} // namespace sb

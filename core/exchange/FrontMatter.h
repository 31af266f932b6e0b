#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sb {

// The YAML front matter Obsidian and static-site tools put at the very start of a note
// ("---" … "---"). Only what the importer uses is read: the title and the tags (a flow list
// "[a, b]", a comma list "a, b" or a block list of "- a" lines). The rest of YAML is skipped on
// purpose: the block is never imported as text either way.
struct FrontMatter {
    QString title;
    QStringList tags;
    qsizetype bodyStart = 0; // byte offset where the Markdown after the front matter begins

    // bytes must be valid UTF-8. No front matter gives an empty one with bodyStart 0 (or 3 after
    // a byte order mark).
    static FrontMatter read(const QByteArray& bytes);
};

} // namespace sb

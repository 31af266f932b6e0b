#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sb {

class Bank;

// Writes the bank as Markdown a person can read and MarkdownImporter reads back into the same
// questions, stories, sections and links.
class MarkdownExporter {
public:
    // One file: categories with their questions, then the stories with sections and links,
    // then the interviews, the journal and the default pitch (MarkdownRecordsWriter).
    static QByteArray writeFile(const Bank& bank);
    // One file per story plus an index (which ends with the interviews, journal and pitch):
    // relative file name (e.g. "index.md",
    // "stories/saved-the-launch.md") → content.
    static QMap<QString, QByteArray> writeFolder(const Bank& bank);
};

} // namespace sb

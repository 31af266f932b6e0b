#pragma once

#include "core/exchange/ImportDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

enum class ImportFormat { Markdown, Json };

struct ImportFile {
    QString path; // as it can be opened
    QString source; // as the user knows it: the path given, or relative to the folder given
    ImportFormat format = ImportFormat::Markdown;
};

// Turns what the user named (files and folders) into parsed documents, before anything is
// written: a file that cannot be read or parsed stops the whole import, so a bad file among good
// ones leaves the bank as it was.
class ImportSources {
public:
    // A whole exported bank: 10,000 stories come to some 40 MB; Qt needs several times the
    // file in memory to parse it.
    static constexpr qint64 kMaxJsonBytes = 128LL * 1024 * 1024;

    // .md, .markdown and .txt are Markdown notes; .json is the exchange format.
    static std::optional<ImportFormat> formatForPath(const QString& path);
    // The files named, and every note (.md, .markdown, .txt) in the folders named, searched
    // recursively (hidden folders such as .obsidian and .git skipped) in path order. Throws
    // ImportError for a path that does not exist, a file of another kind, or a folder with no
    // notes.
    static QList<ImportFile> collect(const QStringList& paths);
    // Reads and parses one file; throws ImportError (too large, unreadable, refused content).
    static ImportDocument read(const ImportFile& file);
    // collect() then read() of each (in parallel), throwing the first refusal in path order.
    static QList<ImportDocument> readAll(const QStringList& paths);
};

} // namespace sb

#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace sb {

class Bank;

enum class ExportFormat {
    Json, // the exchange format: everything, for moving to another machine or back
    Markdown, // one readable file
    MarkdownFolder, // one file per story plus an index
};

// Writes the bank out in one of the export formats. Files are written whole or not at all
// (QSaveFile), and a folder export never replaces a file that was there before.
class BankExport {
public:
    // "json" or "markdown"; std::nullopt for anything else.
    static std::optional<ExportFormat> formatFromKey(const QString& key);
    // .json and .md/.markdown name a file's format; a path ending in a separator or naming a
    // folder is a Markdown folder.
    static std::optional<ExportFormat> formatForPath(const QString& path);
    // Throws BankError (Io) naming the path when it cannot write, or (FileExists) when a
    // folder export meets a folder that is not empty. beforeWriting runs once everything is
    // made in memory and before the first byte reaches the disk: an export running off the GUI
    // thread throws from it when cancelled, so a cancelled export writes nothing at all.
    static void write(const Bank& bank, ExportFormat format, const QString& path,
        const std::function<void()>& beforeWriting = {});
};

} // namespace sb

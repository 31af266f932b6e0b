#pragma once

#include "app/print/SheetFit.h"
#include "core/sheet/CheatSheet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sb::print {

enum class SheetFormat { Pdf, Html, Markdown };

// Writes a fitted sheet to a file in the format its name asks for (.pdf, .html/.htm, .md/
// .markdown), as the CLI's "-o" and the GUI's Export do.
class SheetExport {
    Q_DECLARE_TR_FUNCTIONS(SheetExport)

public:
    static std::optional<SheetFormat> formatForPath(const QString& path);

    // HTML and Markdown show what the fit kept (its trims), without its page layout. The file
    // is replaced only once completely written. On failure returns false and says why in error.
    static bool write(const QString& path, const CheatSheet& sheet, const SheetFit& fit,
        QString* error = nullptr);
    static bool writeText(const QString& path, const QString& text, QString* error = nullptr);
};

} // namespace sb::print

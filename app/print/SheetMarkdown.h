#pragma once

#include "app/print/SheetStyle.h"
#include "core/sheet/CheatSheet.h"

#include <QString>

namespace sb::print {

// A cheat sheet as Markdown: headings and bullets, every Markdown or HTML character in the
// user's text escaped so it shows as typed. The same sheet and style always give the same text.
class SheetMarkdown {
public:
    static QString render(const CheatSheet& sheet, const SheetStyle& style);
    // User text as literal Markdown: one line, punctuation that could act backslash-escaped,
    // '<' as an entity so no raw HTML passes.
    static QString escaped(const QString& userText);
};

} // namespace sb::print

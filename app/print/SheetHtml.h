#pragma once

#include "app/print/SheetStyle.h"
#include "core/sheet/CheatSheet.h"

#include <QString>

namespace sb::print {

// A cheat sheet as one self-contained HTML file: inline CSS with real columns for the browser,
// the style's paper for printing from it, category colours; all user text escaped. The same
// sheet and style always give the same text.
class SheetHtml {
public:
    static QString render(const CheatSheet& sheet, const SheetStyle& style);
};

} // namespace sb::print

#pragma once

#include "app/print/SheetStyle.h"
#include "core/sheet/CheatSheet.h"

namespace sb::print {

// Leaves optional detail out of a composed sheet, the same way for every output format.
class SheetTrimming {
public:
    static constexpr int derivedCuesKept = 2;

    // The sheet as it is shown with these trims.
    static CheatSheet apply(const CheatSheet& sheet, const QList<SheetTrim>& trims);
    static CheatSheet apply(CheatSheet sheet, SheetTrim trim);
    // Whether the trim would leave anything out of this sheet.
    static bool removesSomething(const CheatSheet& sheet, SheetTrim trim);
};

} // namespace sb::print

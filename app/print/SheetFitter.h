#pragma once

#include "app/print/SheetFit.h"
#include "core/sheet/CheatSheet.h"

namespace sb::print {

// Fits a cheat sheet to a number of pages: the largest readable type size that fits, and where
// none does, optional detail left out in the order of sheetTrimOrder, trying every size again
// after each step.
class SheetFitter {
public:
    static constexpr qreal largestPointSize = 11.0;
    static constexpr qreal smallestPointSize = 7.0;
    static constexpr qreal pointSizeStep = 0.5;

    // The style gives paper, columns, margins and any trims the user chose; the fit picks the
    // size and adds trims.
    static SheetFit fit(const CheatSheet& sheet, const SheetStyle& style, int targetPages = 1);
};

} // namespace sb::print

#pragma once

#include "app/print/SheetFit.h"

#include <QPrinter>

namespace sb::print {

// Sends a laid-out sheet to a printer (or a print preview's printer): the style's paper, and the
// page exactly as fitted, since the document carries its own margins.
class SheetPrinting {
public:
    static void print(const SheetFit& fit, QPrinter* printer);
    static void print(const QTextDocument& document, const SheetStyle& style, QPrinter* printer);
};

} // namespace sb::print

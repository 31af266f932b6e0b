#pragma once

#include "app/print/SheetStyle.h"
#include "core/sheet/CheatSheet.h"

#include <QTextDocument>

#include <memory>

namespace sb::print {

// Lays a composed cheat sheet out for paper: a QTextDocument whose pages are the printed pages
// (page size and margins of the style), with the style's trims applied.
class SheetDocument {
public:
    static std::unique_ptr<QTextDocument> build(const CheatSheet& sheet, const SheetStyle& style);
};

} // namespace sb::print

#pragma once

#include <QString>

namespace sb::print::testing {

// The number of pages in a PDF file, read from its page objects (Qt writes them uncompressed);
// -1 when the file cannot be read or is no PDF.
int pdfPageCount(const QString& path);

} // namespace sb::print::testing

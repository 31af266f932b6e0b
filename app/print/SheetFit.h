#pragma once

#include "app/print/SheetStyle.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <memory>

namespace sb::print {

// What the page fit chose: the style (type size, trims), the laid-out document and its exact
// page count, which is the page count of the PDF or print made from it.
struct SheetFit {
    Q_DECLARE_TR_FUNCTIONS(SheetFit)

public:
    bool fits = false; // pageCount <= targetPages
    int targetPages = 1;
    int pageCount = 0; // when it does not fit: the fewest pages any attempt reached
    SheetStyle style; // the chosen size and every trim, also those the caller asked for
    QList<SheetTrim> trimmed; // what the fit itself left out, in order
    std::unique_ptr<QTextDocument> document;

    // One line for a status bar or the terminal: "Fitted at 8.5 pt; questions to ask left out."
    // or why it does not fit and what would.
    QString status() const;
};

} // namespace sb::print

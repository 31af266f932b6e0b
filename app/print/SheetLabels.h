#pragma once

#include "app/print/SheetStyle.h"

#include <QCoreApplication>
#include <QString>

namespace sb::print {

// The words a sheet adds around the user's text, in one place for every output format.
class SheetLabels {
    Q_DECLARE_TR_FUNCTIONS(SheetLabels)

public:
    static QString defaultTitle();
    static QString pitchHeading();
    static QString preparedAnswersHeading();
    static QString questionsToAskHeading();
    static QString emptySheet();
    // What a trim leaves out, as it reads in "… left out".
    static QString trimmed(SheetTrim trim);
};

} // namespace sb::print

#pragma once

#include "core/model/Interview.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPalette;

namespace sb {
class Bank;
}

namespace sb::gui {

// The interview day as one page of HTML: header, pitch, expected questions with their planned
// stories and cues (flagged when told before at the company), values and gaps, questions to
// ask, research notes last. Colours come from the palette so it reads in light and dark.
class InterviewDayPage {
    Q_DECLARE_TR_FUNCTIONS(InterviewDayPage)

public:
    // The link that shows or hides the research notes.
    static QString notesToggleLink();

    struct Colours {
        QColor text;
        QColor muted;
        QColor accent;
        QColor flag; // told before, a value with no story
        QColor rule;
        static Colours from(const QPalette& palette);
    };

    static QString html(
        const Bank& bank, const Interview& interview, const Colours& colours, bool showNotes);
};

} // namespace sb::gui

#pragma once

#include <QList>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>

#include <array>

namespace sb::print {

enum class SheetPaper { A4, Letter };

// Optional detail a sheet can leave out. The page fit leaves them out in this order, least
// missed first.
enum class SheetTrim {
    ExtraDerivedCues, // derived cues beyond two per story
    QuestionsToAsk,
    PreparedAnswers,
    Hooks,
    ThirdStories, // the third story of each category
    SecondStories, // the second story of each category
    Pitch,
};

inline constexpr std::array<SheetTrim, 7> sheetTrimOrder {
    SheetTrim::ExtraDerivedCues,
    SheetTrim::QuestionsToAsk,
    SheetTrim::PreparedAnswers,
    SheetTrim::Hooks,
    SheetTrim::ThirdStories,
    SheetTrim::SecondStories,
    SheetTrim::Pitch,
};

// How a cheat sheet is put on paper: the print options and what is left out.
struct SheetStyle {
    SheetPaper paper = defaultPaper();
    int columns = 2; // 1 or 2
    qreal basePointSize = 10.0; // story text; headings and notes are sized from it
    QMarginsF marginsMm {12.0, 12.0, 12.0, 12.0};
    QList<SheetTrim> trims; // detail left out, in the order it was left out

    bool shows(SheetTrim detail) const { return !trims.contains(detail); }
    int columnCount() const { return columns >= 2 ? 2 : 1; }
    QPageSize pageSize() const;

    // Letter where it is the usual paper (the Americas that use it and the Philippines), A4
    // everywhere else.
    static SheetPaper defaultPaper(const QLocale& locale = QLocale());
};

} // namespace sb::print

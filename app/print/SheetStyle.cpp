#include "app/print/SheetStyle.h"

namespace sb::print {

QPageSize SheetStyle::pageSize() const
{
    return QPageSize(paper == SheetPaper::Letter ? QPageSize::Letter : QPageSize::A4);
}

SheetPaper SheetStyle::defaultPaper(const QLocale& locale)
{
    // Qt has no paper size per locale; this is the list the C libraries' LC_PAPER data agrees on.
    static constexpr std::array letterTerritories {
        QLocale::UnitedStates,
        QLocale::Canada,
        QLocale::Mexico,
        QLocale::Philippines,
        QLocale::Chile,
        QLocale::Colombia,
        QLocale::CostaRica,
        QLocale::DominicanRepublic,
        QLocale::ElSalvador,
        QLocale::Guatemala,
        QLocale::Nicaragua,
        QLocale::Panama,
        QLocale::PuertoRico,
        QLocale::Venezuela,
    };
    for (const QLocale::Territory territory : letterTerritories) {
        if (locale.territory() == territory)
            return SheetPaper::Letter;
    }
    return SheetPaper::A4;
}

} // namespace sb::print

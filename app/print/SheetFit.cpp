#include "app/print/SheetFit.h"

#include "app/print/SheetLabels.h"

#include <QLocale>

namespace sb::print {

QString SheetFit::status() const
{
    const QLocale locale;
    const QString size = locale.toString(style.basePointSize, 'g', 3);
    if (!fits) {
        if (targetPages == 1)
            return tr("The sheet does not fit on one page, even at %1 pt with optional detail "
                      "left out (it needs %n pages). Print it on two pages or choose fewer "
                      "stories.",
                nullptr, pageCount)
                .arg(size);
        return tr("The sheet does not fit on %1 pages, even at %2 pt with optional detail left "
                  "out (it needs %n pages). Allow more pages or choose fewer stories.",
            nullptr, pageCount)
            .arg(locale.toString(targetPages), size);
    }
    QString line;
    if (targetPages == 1)
        line = tr("Fitted at %1 pt").arg(size);
    else if (pageCount == 1)
        line = tr("Fitted on one page at %1 pt").arg(size);
    else
        line = tr("Fitted on %n pages at %1 pt", nullptr, pageCount).arg(size);
    if (!trimmed.isEmpty()) {
        QStringList names;
        for (const SheetTrim trim : trimmed)
            names.append(SheetLabels::trimmed(trim));
        line += tr("; %1 left out").arg(locale.createSeparatedList(names));
    }
    return line + u'.';
}

} // namespace sb::print

#include "app/print/SheetPdf.h"

#include "app/print/SheetPage.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace sb::print {

bool SheetPdf::write(const SheetFit& fit, const QString& path, QString* error)
{
    if (!fit.document) {
        if (error)
            *error = tr("There is no laid-out sheet to write.");
        return false;
    }
    return write(*fit.document, fit.style, path, error);
}

bool SheetPdf::write(
    const QTextDocument& document, const SheetStyle& style, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    write(document, style, &file);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SheetPdf::write(const QTextDocument& document, const SheetStyle& style, QIODevice* device)
{
    QPdfWriter writer(device);
    writer.setPageLayout(SheetPage(style).deviceLayout());
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("StoryBank"));
    document.print(&writer);
}

} // namespace sb::print

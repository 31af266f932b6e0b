#include "app/print/SheetExport.h"

#include "app/print/SheetHtml.h"
#include "app/print/SheetMarkdown.h"
#include "app/print/SheetPdf.h"

#include <QFileInfo>
#include <QSaveFile>

namespace sb::print {

std::optional<SheetFormat> SheetExport::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return SheetFormat::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return SheetFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return SheetFormat::Markdown;
    return std::nullopt;
}

bool SheetExport::write(
    const QString& path, const CheatSheet& sheet, const SheetFit& fit, QString* error)
{
    const std::optional<SheetFormat> format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("Cannot tell the format of %1: name it .pdf, .html or .md.").arg(path);
        return false;
    }
    switch (*format) {
    case SheetFormat::Pdf:
        return SheetPdf::write(fit, path, error);
    case SheetFormat::Html:
        return writeText(path, SheetHtml::render(sheet, fit.style), error);
    case SheetFormat::Markdown:
        return writeText(path, SheetMarkdown::render(sheet, fit.style), error);
    }
    return false;
}

bool SheetExport::writeText(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sb::print

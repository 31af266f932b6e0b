#include "tests/print/PdfPages.h"

#include <QFile>
#include <QRegularExpression>

namespace sb::print::testing {

int pdfPageCount(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-"))
        return -1;
    // "/Type /Page" but not "/Type /Pages", the page tree's root.
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    return int(QString::fromLatin1(bytes).count(pageObject));
}

} // namespace sb::print::testing

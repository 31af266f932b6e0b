#include "app/print/SheetExport.h"
#include "app/print/SheetFitter.h"
#include "app/print/SheetHtml.h"
#include "app/print/SheetMarkdown.h"
#include "tests/print/PdfPages.h"
#include "tests/print/SampleSheets.h"

#include <QFile>
#include <QTemporaryDir>

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;

namespace {

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(SheetExport, TheFormatFollowsTheExtension)
{
    EXPECT_EQ(SheetExport::formatForPath(QStringLiteral("s.pdf")), SheetFormat::Pdf);
    EXPECT_EQ(SheetExport::formatForPath(QStringLiteral("/tmp/S.PDF")), SheetFormat::Pdf);
    EXPECT_EQ(SheetExport::formatForPath(QStringLiteral("s.html")), SheetFormat::Html);
    EXPECT_EQ(SheetExport::formatForPath(QStringLiteral("s.htm")), SheetFormat::Html);
    EXPECT_EQ(SheetExport::formatForPath(QStringLiteral("s.md")), SheetFormat::Markdown);
    EXPECT_EQ(SheetExport::formatForPath(QStringLiteral("s.markdown")), SheetFormat::Markdown);
    EXPECT_FALSE(SheetExport::formatForPath(QStringLiteral("s.txt")));
    EXPECT_FALSE(SheetExport::formatForPath(QStringLiteral("pdf")));
}

TEST(SheetExport, WritesEachFormatWithWhatTheFitKept)
{
    QTemporaryDir dir;
    const CheatSheet sheet = samples::longSheet(40);
    const SheetFit fit = SheetFitter::fit(sheet, SheetStyle {}, 2);
    for (const QString& name :
        {QStringLiteral("s.pdf"), QStringLiteral("s.html"), QStringLiteral("s.md")}) {
        QString error;
        EXPECT_TRUE(SheetExport::write(dir.filePath(name), sheet, fit, &error))
            << error.toStdString();
    }
    EXPECT_EQ(
        sb::print::testing::pdfPageCount(dir.filePath(QStringLiteral("s.pdf"))), fit.pageCount);
    EXPECT_EQ(
        fileText(dir.filePath(QStringLiteral("s.html"))), SheetHtml::render(sheet, fit.style));
    EXPECT_EQ(
        fileText(dir.filePath(QStringLiteral("s.md"))), SheetMarkdown::render(sheet, fit.style));
}

TEST(SheetExport, AnUnknownExtensionIsRefusedWithAReason)
{
    QTemporaryDir dir;
    const CheatSheet sheet = samples::realisticSheet();
    const SheetFit fit = SheetFitter::fit(sheet, SheetStyle {}, 1);
    QString error;
    const QString path = dir.filePath(QStringLiteral("s.docx"));
    EXPECT_FALSE(SheetExport::write(path, sheet, fit, &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".pdf")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SheetExport, AnUnwritablePlaceIsReported)
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/s.md"));
    EXPECT_FALSE(SheetExport::writeText(path, QStringLiteral("x"), &error));
    EXPECT_TRUE(error.contains(path));
}

#include "app/print/SheetPdf.h"
#include "app/print/SheetDocument.h"
#include "app/print/SheetFitter.h"
#include "app/print/SheetPrinting.h"
#include "tests/print/PdfPages.h"
#include "tests/print/SampleSheets.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>

#include "tests/print/QtPrinters.h"

#include <gtest/gtest.h>

using namespace sb;
using namespace sb::print;
using sb::print::testing::pdfPageCount;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(SheetPdf, TheWrittenPdfHasTheFittedPageCount)
{
    QTemporaryDir dir;
    const SheetFit onePage = SheetFitter::fit(samples::realisticSheet(), SheetStyle {}, 1);
    ASSERT_TRUE(SheetPdf::write(onePage, dir.filePath(QStringLiteral("one.pdf"))));
    EXPECT_EQ(pdfPageCount(dir.filePath(QStringLiteral("one.pdf"))), 1);
    EXPECT_EQ(onePage.pageCount, 1);

    const SheetFit twoPages = SheetFitter::fit(samples::longSheet(40), SheetStyle {}, 2);
    ASSERT_TRUE(SheetPdf::write(twoPages, dir.filePath(QStringLiteral("two.pdf"))));
    EXPECT_EQ(pdfPageCount(dir.filePath(QStringLiteral("two.pdf"))), twoPages.pageCount);
}

TEST(SheetPdf, EveryPageOfALongDocumentIsWritten)
{
    QTemporaryDir dir;
    SheetStyle style;
    style.columns = 1;
    style.basePointSize = 11;
    const auto document = SheetDocument::build(samples::longSheet(40), style);
    ASSERT_GT(document->pageCount(), 3);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(SheetPdf::write(*document, style, path));
    EXPECT_EQ(pdfPageCount(path), document->pageCount());
}

TEST(SheetPdf, PagesAreTheStylesPaper)
{
    QTemporaryDir dir;
    SheetStyle style;
    style.paper = SheetPaper::Letter;
    const SheetFit letter = SheetFitter::fit(samples::realisticSheet(), style, 1);
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(SheetPdf::write(letter, path));
    EXPECT_TRUE(fileBytes(path).contains("/MediaBox [0 0 612"));

    style.paper = SheetPaper::A4;
    const SheetFit a4 = SheetFitter::fit(samples::realisticSheet(), style, 1);
    ASSERT_TRUE(SheetPdf::write(a4, path));
    EXPECT_TRUE(fileBytes(path).contains("/MediaBox [0 0 595"));
}

TEST(SheetPdf, ATargetThatCannotBeWrittenIsReported)
{
    QTemporaryDir dir;
    const SheetFit fit = SheetFitter::fit(samples::realisticSheet(), SheetStyle {}, 1);
    QString error;
    const QString path = dir.filePath(QStringLiteral("missing/folder/s.pdf"));
    EXPECT_FALSE(SheetPdf::write(fit, path, &error));
    EXPECT_TRUE(error.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SheetPrinting, APrinterGetsThePaperAndThePagesOfTheFit)
{
    QTemporaryDir dir;
    const SheetFit fit = SheetFitter::fit(samples::longSheet(40), SheetStyle {}, 2);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Legal)); // the fit's paper wins
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    SheetPrinting::print(fit, &printer);
    EXPECT_EQ(pdfPageCount(path), fit.pageCount);
    EXPECT_EQ(printer.pageLayout().pageSize().id(), fit.style.pageSize().id());
}

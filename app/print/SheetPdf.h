#pragma once

#include "app/print/SheetFit.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QTextDocument>

namespace sb::print {

// Writes a laid-out sheet as PDF, page for page as the document paginates it.
class SheetPdf {
    Q_DECLARE_TR_FUNCTIONS(SheetPdf)

public:
    // Replaces the file only once the whole PDF is written. On failure returns false and, when
    // error is given, says why.
    static bool write(const SheetFit& fit, const QString& path, QString* error = nullptr);
    static bool write(const QTextDocument& document, const SheetStyle& style, const QString& path,
        QString* error = nullptr);
    // Write errors show on the device (QSaveFile::commit() fails).
    static void write(const QTextDocument& document, const SheetStyle& style, QIODevice* device);
};

} // namespace sb::print

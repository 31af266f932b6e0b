#pragma once

#include <QString>
#include <QStringList>

namespace sb::print {

// User text made safe for layout: no control characters, no characters a QTextDocument reads as
// structure (frame markers, object replacement), whitespace as the renderers expect it.
class SheetText {
public:
    // One line: every run of whitespace and line breaks becomes one space; trimmed.
    static QString line(const QString& text);
    // Paragraphs, each as line(); empty ones dropped.
    static QStringList paragraphs(const QString& text);
};

} // namespace sb::print

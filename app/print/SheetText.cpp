#include "app/print/SheetText.h"

namespace sb::print {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// Characters QTextDocument treats as document structure rather than text.
bool isStructural(QChar c)
{
    return c == QChar(0xfdd0) || c == QChar(0xfdd1) || c == QChar::ObjectReplacementCharacter
        || c == QChar::ReplacementCharacter;
}

} // namespace

QString SheetText::line(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (isLineBreak(c) || c.isSpace() || c.category() == QChar::Other_Control
            || isStructural(c))
            cleaned.append(u' ');
        else
            cleaned.append(c);
    }
    return cleaned.simplified();
}

QStringList SheetText::paragraphs(const QString& text)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        const QString paragraph = line(current);
        if (!paragraph.isEmpty())
            result.append(paragraph);
        current.clear();
    };
    for (const QChar c : text) {
        if (isLineBreak(c))
            flush();
        else
            current.append(c);
    }
    flush();
    return result;
}

} // namespace sb::print

#include "core/exchange/MarkdownInputCheck.h"

#include "core/exchange/ImportError.h"

#include <QCoreApplication>

namespace sb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sb::MarkdownImporter", text);
}

// Tab, line feed, vertical tab, form feed and carriage return turn up in real notes; any other
// C0 control character means the file is not text someone wrote.
bool isBinaryControl(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r';
}

// Length of the well-formed UTF-8 sequence starting at i, or 0 when it is not one (overlong
// forms, surrogates and code points past U+10FFFF are not).
int sequenceLength(const unsigned char* s, qint64 i, qint64 size)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // overlong
        else if (c == 0xED)
            high = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90; // overlong
        else if (c == 0xF4)
            high = 0x8F; // past U+10FFFF
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    if (s[i + 1] < low || s[i + 1] > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (s[i + k] < 0x80 || s[i + k] > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

void MarkdownInputCheck::check(const QByteArray& bytes, const QString& source, qint64 maxBytes)
{
    if (bytes.size() > maxBytes) {
        throw ImportError(source, maxBytes,
            tr("%1: the file is larger than %2 bytes, too large for notes; nothing was imported.")
                .arg(source)
                .arg(maxBytes));
    }
    // One pass, and the first offending byte decides the message: that is where the user
    // has to look.
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qint64 size = bytes.size();
    qint64 i = 0;
    while (i < size) {
        if (s[i] == 0) {
            throw ImportError(source, i,
                tr("%1: NUL byte at byte offset %2; this is not a text file.").arg(source).arg(i));
        }
        if (isBinaryControl(s[i])) {
            throw ImportError(source, i,
                tr("%1: binary data (control character) at byte offset %2; this is not a text "
                   "file.")
                    .arg(source)
                    .arg(i));
        }
        const int length = sequenceLength(s, i, size);
        if (length == 0) {
            throw ImportError(source, i,
                tr("%1: not valid UTF-8 at byte offset %2; save the file as UTF-8 and import it "
                   "again.")
                    .arg(source)
                    .arg(i));
        }
        i += length;
    }
}

} // namespace sb

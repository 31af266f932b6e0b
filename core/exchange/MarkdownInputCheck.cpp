#include "core/exchange/MarkdownInputCheck.h"

#include "core/exchange/ImportError.h"

#include <QCoreApplication>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::MarkdownImporter)
};

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

// md4c 0.4.8 looks for the line of every "]" from the first line of its paragraph, so one
// paragraph of n lines full of "[x]" costs n² (a 20 MB one would take hours). This counts that
// cost from the raw lines: a paragraph cannot cross an empty line, and a line starting a list
// item or a heading starts a new block. Real notes stay far below
// both limits; only machine-made walls of links reach them.
constexpr qint64 kMaxRunCost = 50'000'000; // about 40 ms of md4c time
constexpr qint64 kMaxTotalCost = 500'000'000;

// Only lines that certainly interrupt a paragraph count: a bullet with text, "1." or "1)" with
// text, or an ATX heading. Anything else may be a continuation line, and counting too much
// only makes the limit stricter.
bool startsBlock(const unsigned char* s, qint64 i, qint64 size)
{
    int spaces = 0;
    while (i < size && s[i] == ' ' && spaces < 4) {
        ++i;
        ++spaces;
    }
    if (spaces > 3 || i >= size)
        return false;
    const auto isBlank = [](unsigned char c) { return c == ' ' || c == '\t'; };
    const auto textFollows = [&](qint64 at) {
        if (at >= size || !isBlank(s[at]))
            return false;
        while (at < size && isBlank(s[at]))
            ++at;
        return at < size && s[at] != '\n' && s[at] != '\r';
    };
    const unsigned char c = s[i];
    if (c == '-' || c == '*' || c == '+')
        return textFollows(i + 1);
    if (c == '#') {
        qint64 hashes = 0;
        while (i + hashes < size && s[i + hashes] == '#')
            ++hashes;
        const qint64 after = i + hashes;
        return hashes <= 6
            && (after >= size || isBlank(s[after]) || s[after] == '\n' || s[after] == '\r');
    }
    return c == '1' && i + 1 < size && (s[i + 1] == '.' || s[i + 1] == ')') && textFollows(i + 2);
}

// Offset of the "]" where the cost runs over, or -1.
qint64 linkLabelCostOverrun(const unsigned char* s, qint64 size)
{
    qint64 runLine = 0;
    qint64 runCost = 0;
    qint64 totalCost = 0;
    qint64 i = 0;
    while (i < size) {
        // At the start of a line.
        qint64 j = i;
        while (j < size && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
            ++j;
        if (j >= size || s[j] == '\n') {
            runLine = 0; // an empty line ends any paragraph
            runCost = 0;
        } else if (startsBlock(s, i, size)) {
            runLine = 0;
            runCost = 0;
        } else {
            ++runLine;
        }
        while (i < size && s[i] != '\n') {
            if (s[i] == ']') {
                runCost += runLine;
                totalCost += runLine;
                if (runCost > kMaxRunCost || totalCost > kMaxTotalCost)
                    return i;
            }
            ++i;
        }
        ++i; // past the '\n'
    }
    return -1;
}

} // namespace

void MarkdownInputCheck::check(const QByteArray& bytes, const QString& source, qint64 maxBytes)
{
    if (bytes.size() > maxBytes) {
        throw ImportError(source, maxBytes,
            Text::tr(
                "%1: the file is larger than %2 bytes, too large for notes; nothing was imported.")
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
                Text::tr("%1: NUL byte at byte offset %2; this is not a text file.")
                    .arg(source)
                    .arg(i));
        }
        if (isBinaryControl(s[i])) {
            throw ImportError(source, i,
                Text::tr(
                    "%1: binary data (control character) at byte offset %2; this is not a text "
                    "file.")
                    .arg(source)
                    .arg(i));
        }
        const int length = sequenceLength(s, i, size);
        if (length == 0) {
            throw ImportError(source, i,
                Text::tr(
                    "%1: not valid UTF-8 at byte offset %2; save the file as UTF-8 and import it "
                    "again.")
                    .arg(source)
                    .arg(i));
        }
        i += length;
    }
    const qint64 overrun = linkLabelCostOverrun(s, size);
    if (overrun >= 0) {
        throw ImportError(source, overrun,
            Text::tr(
                "%1: a paragraph near byte offset %2 has too many lines full of [brackets] to be "
                "read in reasonable time; separate its lines with empty lines.")
                .arg(source)
                .arg(overrun));
    }
}

} // namespace sb

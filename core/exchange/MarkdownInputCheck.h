#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// Refuses, before any parsing, Markdown input that is not text: too large, NUL bytes, control
// characters only binary files carry, or bytes that are not UTF-8. Each refusal is an
// ImportError naming the file and the offset of the first offending byte.
class MarkdownInputCheck {
public:
    static void check(const QByteArray& bytes, const QString& source, qint64 maxBytes);
};

} // namespace sb

#include "core/exchange/MarkdownLines.h"

#include "core/exchange/MarkdownEscape.h"

namespace sb {

void MarkdownLines::heading(int level, const QString& text)
{
    separate();
    m_lines.append(QString(level, u'#') + u' ' + MarkdownEscape::singleLine(text));
    m_afterHeading = true;
}

void MarkdownLines::block(const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    if (!m_afterHeading)
        separate();
    m_lines.append(lines);
    m_afterHeading = false;
}

QByteArray MarkdownLines::toUtf8() const
{
    return (m_lines.join(u'\n') + u'\n').toUtf8();
}

void MarkdownLines::separate()
{
    if (!m_lines.isEmpty())
        m_lines.append(QString());
}

} // namespace sb

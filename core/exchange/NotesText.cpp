#include "core/exchange/NotesText.h"

#include <algorithm>

namespace sb {

void NotesText::addParagraph(const QString& text)
{
    if (!text.trimmed().isEmpty())
        m_pieces.append({text.trimmed(), 0});
}

void NotesText::addItem(const QString& text, int depth)
{
    if (!text.trimmed().isEmpty())
        m_pieces.append({text.trimmed(), std::max(depth, 1)});
}

QString NotesText::text(bool bareSingleItem) const
{
    if (m_pieces.isEmpty())
        return {};
    if (bareSingleItem && m_pieces.size() == 1)
        return m_pieces.first().text;
    int minDepth = 0;
    for (const Piece& piece : m_pieces) {
        if (piece.depth > 0 && (minDepth == 0 || piece.depth < minDepth))
            minDepth = piece.depth;
    }
    QString out;
    bool previousWasItem = false;
    for (const Piece& piece : m_pieces) {
        const bool isItem = piece.depth > 0;
        if (!out.isEmpty())
            out += (isItem && previousWasItem) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        if (isItem) {
            const QString indent(2 * (piece.depth - minDepth), QLatin1Char(' '));
            QString body = piece.text;
            body.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent + QStringLiteral("  "));
            out += indent + QStringLiteral("- ") + body;
        } else {
            out += piece.text;
        }
        previousWasItem = isItem;
    }
    return out;
}

} // namespace sb

#pragma once

#include <QList>
#include <QString>

namespace sb {

// Collects the paragraphs and list items of a question's notes or a story section and writes
// them back as readable plain text: paragraphs separated by an empty line, list items as
// "- item" lines (indented two spaces per level below the first).
class NotesText {
public:
    void addParagraph(const QString& text);
    void addItem(const QString& text, int depth);
    bool isEmpty() const { return m_pieces.isEmpty(); }
    void clear() { m_pieces.clear(); }

    // bareSingleItem: a section made of one bullet reads as that bullet's text, not "- …".
    QString text(bool bareSingleItem) const;

private:
    struct Piece {
        QString text;
        int depth = 0; // 0 for a paragraph
    };
    QList<Piece> m_pieces;
};

} // namespace sb

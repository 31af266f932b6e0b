#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>

namespace sb::gui {

class SpellChecker;

// Underlines misspelt words in a text document with the platform's spell-check squiggle.
// Numbers, acronyms, web and mail addresses and the user's own words are left alone.
class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    // A word's place in a block of text.
    struct WordRange {
        int start = 0;
        int length = 0;
        bool operator==(const WordRange&) const = default;
    };

    SpellHighlighter(SpellChecker* checker, QTextDocument* document);

    // The words of one paragraph the checker rejects, in order; empty when the checker has no
    // dictionary. The context menu uses it too, so it offers exactly what is underlined.
    static QList<WordRange> misspeltWords(const SpellChecker* checker, const QString& text);

protected:
    void highlightBlock(const QString& text) override;

private:
    // Underlines the whole document again. QSyntaxHighlighter::rehighlight() makes the document
    // report a change of contents, which editors would take for typing; this one does not.
    void refresh();

    QPointer<SpellChecker> m_checker;
};

} // namespace sb::gui

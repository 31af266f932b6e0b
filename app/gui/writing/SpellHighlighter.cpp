#include "app/gui/writing/SpellHighlighter.h"

#include "app/gui/writing/SpellChecker.h"

#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace sb::gui {

namespace {

// Stretches of a paragraph that are addresses, not words: https://…, www.…, name@host.
QList<SpellHighlighter::WordRange> addresses(const QString& text)
{
    static const QRegularExpression address(
        QStringLiteral(R"((?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+|\S+@\S+\.\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<SpellHighlighter::WordRange> ranges;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ranges.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    return ranges;
}

// Words a dictionary cannot judge fairly: "3rd", "Q3", "NASA", "SQL".
bool isLeftAlone(QStringView word)
{
    bool hasLetter = false;
    bool hasLower = false;
    for (QChar c : word) {
        if (c.isDigit())
            return true;
        hasLetter = hasLetter || c.isLetter();
        hasLower = hasLower || c.isLower();
    }
    const bool acronym = word.size() > 1 && !hasLower;
    return !hasLetter || acronym;
}

} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker* checker, QTextDocument* document)
    : QSyntaxHighlighter(document), m_checker(checker)
{
    // Now rather than on the next turn of the event loop (QSyntaxHighlighter's way), so the
    // first pass is quiet too.
    refresh();
    // A word added to the dictionary loses its underline everywhere at once; a dictionary
    // that finished loading after the text was shown underlines it then.
    if (checker) {
        connect(
            checker, &SpellChecker::personalDictionaryChanged, this, &SpellHighlighter::refresh);
        connect(checker, &SpellChecker::dictionaryLoaded, this, &SpellHighlighter::refresh);
    }
}

void SpellHighlighter::refresh()
{
    if (!document())
        return;
    const QSignalBlocker quiet(document());
    rehighlight();
}

QList<SpellHighlighter::WordRange> SpellHighlighter::misspeltWords(
    const SpellChecker* checker, const QString& text)
{
    QList<WordRange> misspelt;
    if (!checker || !checker->isAvailable() || text.isEmpty())
        return misspelt;
    const QList<WordRange> skipped = addresses(text);
    const auto inAddress = [&skipped](int position) {
        return std::any_of(skipped.begin(), skipped.end(), [position](const WordRange& range) {
            return position >= range.start && position < range.start + range.length;
        });
    };
    // Unicode word boundaries keep "didn't" and "didn’t" whole.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = -1;
    while (finder.position() < text.size()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
            start = int(finder.position());
        const int end = int(finder.toNextBoundary());
        if (end < 0)
            break;
        if (start < 0 || !(finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem))
            continue;
        const QString word = text.mid(start, end - start);
        if (!isLeftAlone(word) && !inAddress(start) && !checker->isCorrect(word))
            misspelt.append({start, end - start});
        start = -1;
    }
    return misspelt;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    const QList<WordRange> words = misspeltWords(m_checker, text);
    if (words.isEmpty())
        return;
    QTextCharFormat squiggle;
    squiggle.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    squiggle.setUnderlineColor(Qt::red);
    for (const WordRange& word : words)
        setFormat(word.start, word.length, squiggle);
}

} // namespace sb::gui

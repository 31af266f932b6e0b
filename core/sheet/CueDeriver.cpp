#include "core/sheet/CueDeriver.h"

#include "core/model/StorySections.h"

#include <QTextBoundaryFinder>

namespace sb {

namespace {

// However a cue was cut, no longer than this: a guard for spaced text with a run of characters
// that never breaks (a long link, a long compound).
constexpr int kMaxCharacters = 60;

const QChar kEllipsis(0x2026);

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Full stops of Chinese and Japanese end a sentence with no space after them.
bool isWideSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'．';
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

// Written without spaces between words, so words cannot be counted.
bool isUnspacedScript(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Thai:
        case QChar::Script_Lao:
        case QChar::Script_Khmer:
        case QChar::Script_Myanmar:
            return true;
        default:
            break;
        }
    }
    return false;
}

// The first count user-perceived characters, so an accent or a surrogate pair is never split.
QString leftCharacters(const QString& text, int count, bool* cut)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int seen = 0;
    qsizetype end = 0;
    while (seen < count && (end = finder.toNextBoundary()) != -1)
        ++seen;
    *cut = end != -1 && finder.toNextBoundary() != -1;
    return *cut ? text.left(end) : text;
}

// What is left at the end of a cut text that the ellipsis should not follow.
QString withEllipsis(QString text)
{
    static const QString dangling = QStringLiteral(".,;:-–—、，；：。([{「『");
    while (!text.isEmpty() && (text.back().isSpace() || dangling.contains(text.back())))
        text.chop(1);
    return text + kEllipsis;
}

QString withoutClosingStop(QString text)
{
    const bool ellipsis = text.endsWith(QStringLiteral(".."));
    if (!ellipsis && (text.endsWith(u'.') || text.endsWith(u'。') || text.endsWith(u'．')))
        text.chop(1);
    return text;
}

} // namespace

QStringList CueDeriver::derive(const Story& story)
{
    QStringList cues;
    bool settingDone = false;
    for (const StorySection section : sectionsOf(story.method)) {
        StorySection source = section;
        // Situation and task make one cue: the sheet has room for where the story starts, not
        // for both halves of it.
        if (section == StorySection::Situation || section == StorySection::Task
            || section == StorySection::Context) {
            if (settingDone)
                continue;
            settingDone = true;
            source = StorySection::Context;
        }
        const QString cue = shorten(firstSentence(sectionText(story, source)));
        if (!cue.isEmpty())
            cues << cue;
        if (cues.size() == kMaxCues)
            break;
    }
    return cues;
}

QString CueDeriver::firstSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isLineBreak(c))
            return trimmed.left(i).simplified();
        if (isWideSentenceEnd(c))
            return trimmed.left(i + 1).simplified();
        if (isSentenceEnd(c) && i + 1 < trimmed.size() && trimmed.at(i + 1).isSpace()) {
            // "e.g. the team" goes on: a sentence after a full stop starts with no small letter.
            qsizetype next = i + 1;
            while (next < trimmed.size() && trimmed.at(next).isSpace()
                && !isLineBreak(trimmed.at(next)))
                ++next;
            if (c != u'.' || next == trimmed.size() || !trimmed.at(next).isLower())
                return trimmed.left(i + 1).simplified();
        }
    }
    return trimmed.simplified();
}

QString CueDeriver::shorten(const QString& sentence)
{
    QString text = sentence.simplified();
    if (text.isEmpty())
        return text;
    bool cut = false;
    if (isUnspacedScript(text)) {
        text = leftCharacters(text, kMaxUnspacedCharacters, &cut);
    } else {
        const QStringList words = text.split(u' ');
        if (words.size() > kMaxWords) {
            text = words.first(kMaxWords).join(u' ');
            cut = true;
        }
    }
    bool tooLong = false;
    text = leftCharacters(text, kMaxCharacters, &tooLong);
    return cut || tooLong ? withEllipsis(text) : withoutClosingStop(text);
}

} // namespace sb

#include "core/analysis/SpeakingTime.h"

namespace sb::speakingtime {

int words(const QString& text)
{
    // As word processors count: runs between spaces that hold a letter or digit, so
    // "re-planned" and "didn't" are one word each and a lone dash is none.
    int count = 0;
    bool inWord = false;
    bool hasLetter = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            count += inWord && hasLetter;
            inWord = hasLetter = false;
        } else {
            inWord = true;
            hasLetter = hasLetter || c.isLetterOrNumber();
        }
    }
    return count + (inWord && hasLetter);
}

int seconds(int words)
{
    return (words * 60 + kWordsPerMinute / 2) / kWordsPerMinute;
}

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace sb::speakingtime

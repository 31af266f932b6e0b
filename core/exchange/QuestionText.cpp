#include "core/exchange/QuestionText.h"

namespace sb {

QString normalisedQuestionText(const QString& text)
{
    QString folded = text.simplified().toCaseFolded();
    // Trailing "?", ".", "…" and the like differ between lists of the same question; they never
    // change what is asked.
    qsizetype end = folded.size();
    while (end > 0) {
        const QChar c = folded.at(end - 1);
        if (!c.isPunct() && !c.isSpace())
            break;
        --end;
    }
    folded.truncate(end);
    return folded;
}

} // namespace sb

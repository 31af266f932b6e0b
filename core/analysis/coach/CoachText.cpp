#include "core/analysis/coach/CoachText.h"

#include "core/analysis/SpeakingTime.h"
#include "core/model/StorySections.h"

namespace sb::coach {

QList<WordSpan> wordSpans(const QString& text)
{
    QList<WordSpan> spans;
    int start = -1;
    for (int i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            spans.append({start, i - start});
            start = -1;
        }
    }
    return spans;
}

int spokenWords(const Story& story)
{
    int words = 0;
    for (const StorySection section : sectionsOf(story.method))
        words += speakingtime::words(sectionText(story, section));
    return words;
}

CoachFinding wholeStory(const QString& rule, const QString& message, const QString& explanation)
{
    CoachFinding finding;
    finding.rule = rule;
    finding.message = message;
    finding.explanation = explanation;
    return finding;
}

CoachFinding wholeSection(const Story& story, StorySection section, const QString& rule,
    const QString& message, const QString& explanation)
{
    return atPlace(section, 0, int(sectionText(story, section).size()), rule, message, explanation);
}

CoachFinding atPlace(StorySection section, int start, int length, const QString& rule,
    const QString& message, const QString& explanation)
{
    CoachFinding finding = wholeStory(rule, message, explanation);
    finding.section = section;
    finding.start = start;
    finding.length = length;
    return finding;
}

} // namespace sb::coach

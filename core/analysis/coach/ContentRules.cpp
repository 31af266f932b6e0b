#include "core/analysis/coach/CoachRules.h"

#include "core/analysis/coach/CoachText.h"

#include <QSet>

namespace sb::coach {

namespace {

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// Words that state a figure without digits ("doubled", "a dozen", "half the time").
const QSet<QString>& numberWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
            {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
                "millions", "billion", "billions", "dozen", "dozens", "half", "halved", "double",
                "doubled", "twice", "triple", "tripled", "thrice", "quadrupled", "percent"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// Digits cover figures, percentages, amounts ("$40k") and durations ("3 weeks").
bool statesANumber(const QString& text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    for (const WordSpan& span : wordSpans(text)) {
        if (numberWords().contains(text.mid(span.start, span.length).toLower()))
            return true;
    }
    return false;
}

class EmptyResultRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("empty-result"); }
    QList<CoachFinding> check(const Story& story, const CoachContext&) const override
    {
        if (!isBlank(story.result))
            return {};
        return {wholeSection(story, StorySection::Result, id(), Text::tr("The result is empty."),
            Text::tr(
                "A story without an outcome leaves the interviewer guessing whether what you did "
                "worked. Say what changed because of you."))};
    }
};

class NoNumbersInResultRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("no-numbers-in-result"); }
    QList<CoachFinding> check(const Story& story, const CoachContext&) const override
    {
        // An empty result is empty-result's finding; one is enough.
        if (isBlank(story.result) || statesANumber(story.result))
            return {};
        return {wholeSection(story, StorySection::Result, id(),
            Text::tr("The result states no figure: no number, percentage, amount or duration."),
            Text::tr("A measured outcome (time saved, errors cut, customers kept) is what makes a "
                     "result believable and memorable. Even a rough figure beats none."))};
    }
};

class MissingLearningRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("missing-learning"); }
    QList<CoachFinding> check(const Story& story, const CoachContext&) const override
    {
        if (story.method == StoryMethod::Star || !isBlank(story.learning))
            return {};
        return {wholeSection(story, StorySection::Learning, id(),
            Text::tr("The learning is empty."),
            Text::tr("STAR+L and CARL stories end with what you took away; interviewers ask “what "
                     "would you do differently?” to see that you grow from experience."))};
    }
};

} // namespace

RuleList contentRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<EmptyResultRule>());
    rules.push_back(std::make_unique<NoNumbersInResultRule>());
    rules.push_back(std::make_unique<MissingLearningRule>());
    return rules;
}

} // namespace sb::coach

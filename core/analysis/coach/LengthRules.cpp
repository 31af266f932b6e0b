#include "core/analysis/coach/CoachRules.h"

#include "core/analysis/SpeakingTime.h"
#include "core/analysis/coach/CoachText.h"

namespace sb::coach {

namespace {

// Interviewers want to hear what you did; set-up beyond about a third of the answer crowds it out.
constexpr double kMaxContextShare = 0.30;
// Beyond half as long again as the target, listeners drift; below half of it, a story has no
// room for the action and result. With the default two minutes: over 3:00 or under 1:00, the
// band most interview coaches give for a behavioral answer.
constexpr double kTooLongFactor = 1.5;
constexpr double kTooShortFactor = 0.5;

class TooMuchContextRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("too-much-context"); }
    QList<CoachFinding> check(const Story& story, const CoachContext&) const override
    {
        const int total = spokenWords(story);
        const int context = speakingtime::words(story.situation) + speakingtime::words(story.task);
        if (total == 0 || context <= kMaxContextShare * total)
            return {};
        // STAR shows two fields: point at the one that holds more of the set-up.
        StorySection where = StorySection::Context;
        if (story.method != StoryMethod::Carl)
            where = speakingtime::words(story.task) > speakingtime::words(story.situation)
                ? StorySection::Task
                : StorySection::Situation;
        return {wholeSection(story, where, id(),
            Text::tr("The set-up takes %1% of the story; aim for under 30%.")
                .arg(qRound(100.0 * context / total)),
            Text::tr(
                "Interviewers ask for a story to hear what you did. A long situation and task use "
                "up their attention before the action starts; keep the scene to a few "
                "sentences."))};
    }
};

class TooLongRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("too-long"); }
    QList<CoachFinding> check(const Story& story, const CoachContext& context) const override
    {
        const int seconds = speakingtime::seconds(spokenWords(story));
        if (seconds <= kTooLongFactor * context.targetSeconds)
            return {};
        return {wholeStory(id(),
            Text::tr("Takes about %1 to tell; the target is %2.")
                .arg(speakingtime::clock(seconds), speakingtime::clock(context.targetSeconds)),
            Text::tr(
                "Long answers lose the listener and leave less time for other questions. Cut the "
                "set-up and keep the steps that show your judgement."))};
    }
};

class TooShortRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("too-short"); }
    QList<CoachFinding> check(const Story& story, const CoachContext& context) const override
    {
        const int words = spokenWords(story);
        // A story with no text yet is an idea, not a short answer.
        if (words == 0)
            return {};
        const int seconds = speakingtime::seconds(words);
        if (seconds >= kTooShortFactor * context.targetSeconds)
            return {};
        return {wholeStory(id(),
            Text::tr("Takes only about %1 to tell; the target is %2.")
                .arg(speakingtime::clock(seconds), speakingtime::clock(context.targetSeconds)),
            Text::tr("A very short answer rarely shows how you thought and what you did; the "
                     "interviewer will have to dig for it. Add the steps you took and what came of "
                     "them."))};
    }
};

} // namespace

RuleList lengthRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<TooMuchContextRule>());
    rules.push_back(std::make_unique<TooLongRule>());
    rules.push_back(std::make_unique<TooShortRule>());
    return rules;
}

} // namespace sb::coach

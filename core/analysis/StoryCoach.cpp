#include "core/analysis/StoryCoach.h"

#include "core/Bank.h"
#include "core/analysis/coach/CoachRules.h"

namespace sb {

StoryCoach::StoryCoach() : m_rules(coach::builtInRules()) { }

StoryCoach::~StoryCoach() = default;

QList<CoachFinding> StoryCoach::review(const Story& story, const CoachContext& context) const
{
    QList<CoachFinding> findings;
    for (const auto& rule : m_rules) {
        if (context.dismissed.contains(rule->id()))
            continue;
        for (CoachFinding& finding : rule->check(story, context)) {
            finding.story = story.id;
            findings.append(std::move(finding));
        }
    }
    return findings;
}

QStringList StoryCoach::ruleIds() const
{
    QStringList ids;
    for (const auto& rule : m_rules)
        ids.append(rule->id());
    return ids;
}

CoachContext StoryCoach::contextFor(const Bank& bank, const Story& story)
{
    CoachContext context;
    context.isLinked = !story.categories.isEmpty() || !bank.linksOfStory(story.id).isEmpty();
    context.dismissed = bank.dismissedCoachRules(story.id);
    return context;
}

} // namespace sb

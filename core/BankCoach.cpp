// The Bank's story coach dismissals: which findings the user has set aside, per story.

#include "core/Bank.h"

#include "core/BankRowWrites.h"
#include "core/BankStores.h"

namespace sb {

namespace {

using Entity = BankChange::Entity;
using Kind = BankChange::Kind;
using bankwrites::kNoStory;

} // namespace

QSet<QString> Bank::dismissedCoachRules(StoryId story) const
{
    return m_stores->coachDismissals.ofStory(story);
}

void Bank::dismissCoachRule(StoryId story, const QString& rule)
{
    write(Entity::Story, Kind::Updated, [&] {
        bankwrites::require(m_stores->stories.find(story).has_value(), kNoStory, story.value);
        m_stores->coachDismissals.add(story, rule);
        return story.value;
    });
}

void Bank::restoreCoachRule(StoryId story, const QString& rule)
{
    write(Entity::Story, Kind::Updated, [&] {
        bankwrites::require(m_stores->stories.find(story).has_value(), kNoStory, story.value);
        m_stores->coachDismissals.remove(story, rule);
        return story.value;
    });
}

} // namespace sb

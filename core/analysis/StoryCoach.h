#pragma once

#include "core/analysis/CoachContext.h"
#include "core/analysis/CoachFinding.h"
#include "core/analysis/CoachRule.h"
#include "core/model/Story.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace sb {

class Bank;

// Reviews a story against every built-in coaching rule, as an interviewer's ear would.
class StoryCoach {
public:
    StoryCoach();
    ~StoryCoach();
    StoryCoach(const StoryCoach&) = delete;
    StoryCoach& operator=(const StoryCoach&) = delete;

    // The findings of every rule, in rule order, less those whose rule is in context.dismissed.
    QList<CoachFinding> review(const Story& story, const CoachContext& context) const;
    // The ids of all rules, in the order review() runs them.
    QStringList ruleIds() const;

    // What the bank knows about the story for the rules: links, categories and dismissals.
    static CoachContext contextFor(const Bank& bank, const Story& story);

private:
    std::vector<std::unique_ptr<CoachRule>> m_rules;
};

} // namespace sb

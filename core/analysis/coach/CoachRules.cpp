#include "core/analysis/coach/CoachRules.h"

namespace sb::coach {

RuleList builtInRules()
{
    RuleList rules;
    for (RuleList (*group)() : {lengthRules, contentRules, wordingRules, linkRules}) {
        for (auto& rule : group())
            rules.push_back(std::move(rule));
    }
    return rules;
}

} // namespace sb::coach

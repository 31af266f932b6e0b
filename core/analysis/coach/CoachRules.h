#pragma once

#include "core/analysis/CoachRule.h"

#include <memory>
#include <vector>

namespace sb::coach {

using RuleList = std::vector<std::unique_ptr<CoachRule>>;

// Every built-in rule, in the order the coach reports them (structure first, wording last).
RuleList builtInRules();

// The rules grouped by theme, one file each.
RuleList lengthRules(); // too-much-context, too-long, too-short
RuleList contentRules(); // empty-result, no-numbers-in-result, missing-learning
RuleList wordingRules(); // we-instead-of-i, vague-language
RuleList linkRules(); // unlinked

} // namespace sb::coach

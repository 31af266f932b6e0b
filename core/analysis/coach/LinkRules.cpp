#include "core/analysis/coach/CoachRules.h"

#include "core/analysis/coach/CoachText.h"

namespace sb::coach {

namespace {

class UnlinkedRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("unlinked"); }
    QList<CoachFinding> check(const Story& story, const CoachContext& context) const override
    {
        if (story.status != StoryStatus::Ready || context.isLinked)
            return {};
        return {wholeStory(id(),
            Text::tr("This ready story answers no question and is in no category."),
            Text::tr("A story only helps in an interview when you think of it at the right moment. "
                     "Link it to the questions it answers or file it under a category, so coverage "
                     "and the cheat sheet can offer it."))};
    }
};

} // namespace

RuleList linkRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<UnlinkedRule>());
    return rules;
}

} // namespace sb::coach

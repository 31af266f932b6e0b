#include "core/sheet/SheetInterviewStories.h"

#include "core/Bank.h"
#include "core/sheet/SheetComposer.h"
#include "core/sheet/SheetRanking.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sb {

namespace {

using sheetranking::Fit;

// The questions the sheet follows: those expected, then any a story is planned for without
// being expected (an interview written whole may hold such a plan); an invalid id stands for
// stories planned for no question in particular.
QList<QuestionId> questionOrder(const Interview& interview)
{
    QList<QuestionId> order;
    for (const QuestionId question : interview.questions) {
        if (!order.contains(question))
            order << question;
    }
    for (const PlannedStory& planned : interview.plan) {
        if (!order.contains(planned.question))
            order << planned.question;
    }
    // Stories planned for no question are the least specific: they go after all the others.
    if (order.removeAll(QuestionId()) > 0)
        order << QuestionId();
    return order;
}

QList<Story> plannedFor(const Bank& bank, const Interview& interview, QuestionId question)
{
    QList<Story> stories;
    for (const PlannedStory& planned : interview.plan) {
        if (planned.question != question)
            continue;
        if (const std::optional<Story> story = bank.story(planned.story))
            stories << *story;
    }
    return stories;
}

// The best stories linked to question, as the sheet would rank them for its category, passing
// over those that stand elsewhere on the sheet.
QList<Story> bestLinked(const Bank& bank, QuestionId question, const SheetRequest& request,
    const QSet<StoryId>& passOver)
{
    QList<std::pair<Story, Fit>> linked;
    for (const StoryQuestionLink& link : bank.linksOfQuestion(question)) {
        if (passOver.contains(link.story))
            continue;
        const std::optional<Story> story = bank.story(link.story);
        if (story && sheetranking::admits(request, *story))
            linked.append({*story, sheetranking::fitOf(link.fit)});
    }
    std::sort(linked.begin(), linked.end(), [](const auto& a, const auto& b) {
        return sheetranking::ranksBefore(a.first, a.second, b.first, b.second);
    });
    const int most = std::clamp(request.storiesPerCategory, SheetComposer::kMinStoriesPerCategory,
        SheetComposer::kMaxStoriesPerCategory);
    QList<Story> best;
    for (const auto& [story, fit] : linked.first(std::min<qsizetype>(most, linked.size())))
        best << story;
    return best;
}

} // namespace

SheetInterviewStories::Result SheetInterviewStories::compose(const Bank& bank,
    const Interview& interview, const QList<Question>& questions, const SheetRequest& request)
{
    QHash<QuestionId, CategoryId> categoryOfQuestion;
    for (const Question& question : questions)
        categoryOfQuestion.insert(question.id, question.categories.value(0));
    QHash<CategoryId, Category> categories;
    for (const Category& category : bank.categories())
        categories.insert(category.id, category);

    QSet<StoryId> planned;
    for (const PlannedStory& plan : interview.plan)
        planned.insert(plan.story);

    Result result;
    QList<CategoryId> order;
    QHash<CategoryId, QList<SheetStory>> shown;
    QSet<StoryId> used;
    for (const QuestionId question : questionOrder(interview)) {
        // A question no longer in the bank, or filed under a category that is gone, still has
        // its planned stories: they go under "Other stories".
        CategoryId group = categoryOfQuestion.value(question);
        if (!categories.contains(group))
            group = CategoryId();
        if (!request.categories.isEmpty() && !request.categories.contains(group))
            continue;
        QList<Story> stories = plannedFor(bank, interview, question);
        if (stories.isEmpty() && question.isValid())
            stories = bestLinked(bank, question, request, planned + used);
        if (stories.isEmpty())
            continue;
        result.told << question;
        QList<SheetStory>& under = shown[group];
        for (const Story& story : stories) {
            const bool inGroup = std::any_of(under.cbegin(), under.cend(),
                [&story](const SheetStory& s) { return s.id == story.id; });
            if (inGroup || (used.contains(story.id) && !request.repeatStories))
                continue;
            if (!order.contains(group))
                order << group;
            under << sheetranking::shown(story);
            used.insert(story.id);
        }
    }
    result.told.removeAll(QuestionId());

    // The catch-all heading comes last, as on a sheet without an interview.
    if (order.removeAll(CategoryId()) > 0)
        order << CategoryId();
    for (const CategoryId id : order) {
        if (id.isValid()) {
            const Category& category = categories[id];
            result.categories << SheetCategory {id, category.name, category.colour, shown[id]};
        } else {
            result.categories << SheetCategory {CategoryId(),
                QCoreApplication::translate("sb::SheetComposer", "Other stories"), QString(),
                shown[id]};
        }
    }
    return result;
}

} // namespace sb

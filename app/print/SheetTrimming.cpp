#include "app/print/SheetTrimming.h"

#include "app/print/SheetText.h"

#include <algorithm>

namespace sb::print {

namespace {

void keepStories(CheatSheet& sheet, int count)
{
    for (SheetCategory& category : sheet.categories) {
        if (category.stories.size() > count)
            category.stories.resize(count);
    }
}

bool anyCategoryHasMoreThan(const CheatSheet& sheet, int count)
{
    return std::any_of(sheet.categories.cbegin(), sheet.categories.cend(),
        [count](const SheetCategory& category) { return category.stories.size() > count; });
}

template<typename Predicate> bool anyStory(const CheatSheet& sheet, Predicate predicate)
{
    for (const SheetCategory& category : sheet.categories) {
        if (std::any_of(category.stories.cbegin(), category.stories.cend(), predicate))
            return true;
    }
    return false;
}

} // namespace

CheatSheet SheetTrimming::apply(const CheatSheet& sheet, const QList<SheetTrim>& trims)
{
    CheatSheet shown = sheet;
    for (const SheetTrim trim : trims)
        shown = apply(std::move(shown), trim);
    return shown;
}

CheatSheet SheetTrimming::apply(CheatSheet sheet, SheetTrim trim)
{
    switch (trim) {
    case SheetTrim::ExtraDerivedCues:
        for (SheetCategory& category : sheet.categories) {
            for (SheetStory& story : category.stories) {
                if (story.cuesDerived && story.cues.size() > derivedCuesKept)
                    story.cues.resize(derivedCuesKept);
            }
        }
        break;
    case SheetTrim::QuestionsToAsk:
        sheet.questionsToAsk.clear();
        break;
    case SheetTrim::PreparedAnswers:
        sheet.preparedAnswers.clear();
        break;
    case SheetTrim::Hooks:
        for (SheetCategory& category : sheet.categories) {
            for (SheetStory& story : category.stories)
                story.hook.clear();
        }
        break;
    case SheetTrim::ThirdStories:
        keepStories(sheet, 2);
        break;
    case SheetTrim::SecondStories:
        keepStories(sheet, 1);
        break;
    case SheetTrim::Pitch:
        sheet.pitch.clear();
        break;
    }
    return sheet;
}

bool SheetTrimming::removesSomething(const CheatSheet& sheet, SheetTrim trim)
{
    switch (trim) {
    case SheetTrim::ExtraDerivedCues:
        return anyStory(sheet, [](const SheetStory& story) {
            return story.cuesDerived && story.cues.size() > derivedCuesKept;
        });
    case SheetTrim::QuestionsToAsk:
        return !sheet.questionsToAsk.isEmpty();
    case SheetTrim::PreparedAnswers:
        return !sheet.preparedAnswers.isEmpty();
    case SheetTrim::Hooks:
        return anyStory(
            sheet, [](const SheetStory& story) { return !SheetText::line(story.hook).isEmpty(); });
    case SheetTrim::ThirdStories:
        return anyCategoryHasMoreThan(sheet, 2);
    case SheetTrim::SecondStories:
        return anyCategoryHasMoreThan(sheet, 1);
    case SheetTrim::Pitch:
        return !SheetText::paragraphs(sheet.pitch).isEmpty();
    }
    return false;
}

} // namespace sb::print

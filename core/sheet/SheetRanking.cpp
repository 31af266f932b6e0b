#include "core/sheet/SheetRanking.h"

#include "core/sheet/CueDeriver.h"
#include "core/sheet/KeyFigure.h"

#include <algorithm>

namespace sb::sheetranking {

Fit fitOf(LinkFit fit)
{
    return fit == LinkFit::Strong ? Fit::StrongLink : Fit::PartialLink;
}

bool admits(const SheetRequest& request, const Story& story)
{
    if (request.readyOnly && story.status != StoryStatus::Ready)
        return false;
    return request.tags.isEmpty()
        || std::any_of(request.tags.cbegin(), request.tags.cend(),
            [&story](TagId tag) { return story.tags.contains(tag); });
}

bool ranksBefore(const Story& a, Fit fitA, const Story& b, Fit fitB)
{
    if (fitA != fitB)
        return fitA < fitB;
    if (a.confidence != b.confidence)
        return a.confidence > b.confidence;
    if (a.impact != b.impact)
        return a.impact > b.impact;
    if (const int byTitle = QString::compare(a.title, b.title, Qt::CaseInsensitive))
        return byTitle < 0;
    return a.id < b.id;
}

SheetStory shown(const Story& story)
{
    SheetStory result;
    result.id = story.id;
    result.title = story.title.simplified();
    result.hook = story.summary.simplified();
    for (const QString& cue : story.cues) {
        if (!cue.simplified().isEmpty())
            result.cues << cue.simplified();
    }
    if (result.cues.isEmpty()) {
        result.cues = CueDeriver::derive(story);
        result.cuesDerived = true;
    }
    result.keyFigure = KeyFigure::find(story.result);
    return result;
}

} // namespace sb::sheetranking

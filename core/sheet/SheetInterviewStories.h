#pragma once

#include "core/model/Interview.h"
#include "core/model/Question.h"
#include "core/sheet/CheatSheet.h"

#include <QList>

namespace sb {

class Bank;

// The story blocks of one interview's cheat sheet: for each expected question, in the
// interview's order, the stories planned for it; a question with none planned gets the best
// stories linked to it instead, as a sheet without an interview would rank them.
class SheetInterviewStories {
public:
    struct Result {
        QList<SheetCategory> categories;
        // The expected questions that have a story on the sheet: they need no prepared answer.
        QList<QuestionId> told;
    };

    // Stories stand under the first category of their question; the categories come in the
    // order of the first question that needs them, and stories planned for questions without
    // a category (or for no question) come last under "Other stories". Planned stories are
    // shown whatever their status or tags and are never cut (planning them was the choice);
    // the stories chosen for an unplanned question follow request.readyOnly and request.tags,
    // at most request.storiesPerCategory of them, and never a story planned elsewhere.
    // request.categories, when chosen, keeps only those categories.
    static Result compose(const Bank& bank, const Interview& interview,
        const QList<Question>& questions, const SheetRequest& request);
};

} // namespace sb

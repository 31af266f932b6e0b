#pragma once

#include "core/sheet/CheatSheet.h"

namespace sb {

class Bank;

// Chooses what goes on a cheat sheet: per category the stories that fit it best, with their
// cues and key figures, and the blocks made from prepared questions. The same bank and request
// always give the same sheet.
class SheetComposer {
public:
    static constexpr int kMinStoriesPerCategory = 1;
    static constexpr int kMaxStoriesPerCategory = 3;

    // A story belongs to a category when it is filed under it or linked to one of its
    // questions. Stories are ranked per category by fit (strong link, partial link, filed only),
    // then confidence, impact, title ignoring case and id. Categories are filled in sheet order,
    // and unless request.repeatStories a story already shown is passed over, so the next best
    // fills in. A category left with no story is dropped, a chosen one too.
    // request.interview is not read yet (the bank cannot list an interview's questions).
    static CheatSheet compose(const Bank& bank, const SheetRequest& request);
};

} // namespace sb

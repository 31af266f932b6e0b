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
    //
    // With request.interview the sheet is that interview's: its stories are the ones planned
    // for its expected questions, in its order (SheetInterviewStories has the rules), its pitch
    // is the interview's own before the bank's default, its questions to ask come before the
    // bank's, and an empty title and subtitle are made from its company, role and date. Without
    // one, the pitch is the bank's default pitch, else the notes of "Tell me about yourself".
    static CheatSheet compose(const Bank& bank, const SheetRequest& request);
};

} // namespace sb

#include "app/print/SheetLabels.h"

namespace sb::print {

QString SheetLabels::defaultTitle()
{
    return tr("Cheat sheet");
}

QString SheetLabels::pitchHeading()
{
    return tr("Tell me about yourself");
}

QString SheetLabels::preparedAnswersHeading()
{
    return tr("Prepared answers");
}

QString SheetLabels::questionsToAskHeading()
{
    return tr("Questions to ask");
}

QString SheetLabels::emptySheet()
{
    return tr("No stories chosen for this sheet yet.");
}

QString SheetLabels::trimmed(SheetTrim trim)
{
    switch (trim) {
    case SheetTrim::ExtraDerivedCues:
        return tr("derived cues beyond two per story");
    case SheetTrim::QuestionsToAsk:
        return tr("questions to ask");
    case SheetTrim::PreparedAnswers:
        return tr("prepared answers");
    case SheetTrim::Hooks:
        return tr("hooks");
    case SheetTrim::ThirdStories:
        return tr("third stories");
    case SheetTrim::SecondStories:
        return tr("second stories");
    case SheetTrim::Pitch:
        return tr("the pitch");
    }
    return {};
}

} // namespace sb::print

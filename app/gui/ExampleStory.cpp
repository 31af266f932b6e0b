#include "app/gui/ExampleStory.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::ExampleStory)
};

} // namespace

Story exampleStory()
{
    Story story;
    story.title = Text::tr("Example: Rescued a late product launch");
    story.summary =
        Text::tr("Re-planned a slipping release with the team and shipped two days early.");
    story.method = StoryMethod::StarL;
    story.situation =
        Text::tr("At a 40-person software company, our biggest release of the year was "
                 "three weeks behind, six weeks before a trade show where sales had "
                 "already booked demos.");
    story.task =
        Text::tr("As the newest tech lead, I was asked to get a working release out in time "
                 "without burning the team out.");
    story.action =
        Text::tr("I met product and listed every open feature by customer value and risk. "
                 "We cut four nice-to-haves and moved two to a follow-up. I paired with the "
                 "engineer on the riskiest module for a week and set up a 15-minute daily "
                 "check-in so problems surfaced the same day.");
    story.result =
        Text::tr("We shipped two days before the show. Sales closed 12 deals from the demos, "
                 "and crash reports fell 40% compared with the previous release.");
    story.learning = Text::tr("Cut scope early and in the open. I now review scope against the "
                              "calendar every two weeks on every project I lead.");
    story.cues = {Text::tr("3 weeks late, trade show in 6"),
        Text::tr("ranked features by value and risk"), Text::tr("cut 4, paired on riskiest module"),
        Text::tr("shipped 2 days early, 12 deals, -40% crashes")};
    story.role = Text::tr("Tech lead");
    story.organization = Text::tr("Example Ltd");
    story.period = Text::tr("2023");
    story.status = StoryStatus::Ready;
    story.impact = 4;
    story.complexity = 3;
    story.involvement = 5;
    story.confidence = 4;
    return story;
}

} // namespace sb::gui

#include "app/gui/ExampleStory.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sb::gui::ExampleStory", text);
}

} // namespace

Story exampleStory()
{
    Story story;
    story.title = tr("Example: Rescued a late product launch");
    story.summary = tr("Re-planned a slipping release with the team and shipped two days early.");
    story.method = StoryMethod::StarL;
    story.situation = tr("At a 40-person software company, our biggest release of the year was "
                         "three weeks behind, six weeks before a trade show where sales had "
                         "already booked demos.");
    story.task = tr("As the newest tech lead, I was asked to get a working release out in time "
                    "without burning the team out.");
    story.action = tr("I met product and listed every open feature by customer value and risk. "
                      "We cut four nice-to-haves and moved two to a follow-up. I paired with the "
                      "engineer on the riskiest module for a week and set up a 15-minute daily "
                      "check-in so problems surfaced the same day.");
    story.result = tr("We shipped two days before the show. Sales closed 12 deals from the demos, "
                      "and crash reports fell 40% compared with the previous release.");
    story.learning = tr("Cut scope early and in the open. I now review scope against the "
                        "calendar every two weeks on every project I lead.");
    story.cues = {tr("3 weeks late, trade show in 6"), tr("ranked features by value and risk"),
        tr("cut 4, paired on riskiest module"), tr("shipped 2 days early, 12 deals, -40% crashes")};
    story.role = tr("Tech lead");
    story.organization = tr("Example Ltd");
    story.period = tr("2023");
    story.status = StoryStatus::Ready;
    story.impact = 4;
    story.complexity = 3;
    story.involvement = 5;
    story.confidence = 4;
    return story;
}

} // namespace sb::gui

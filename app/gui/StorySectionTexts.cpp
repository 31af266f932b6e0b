#include "app/gui/StorySectionTexts.h"

#include <QCoreApplication>

namespace sb::gui {

const QList<StorySection>& allStorySections()
{
    static const QList<StorySection> sections {StorySection::Situation, StorySection::Task,
        StorySection::Context, StorySection::Action, StorySection::Result, StorySection::Learning};
    return sections;
}

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::StoryEditor)
};

} // namespace

QString sectionHint(StorySection section)
{
    switch (section) {
    case StorySection::Situation:
        return Text::tr("Where and when? Set the scene in two or three sentences.");
    case StorySection::Task:
        return Text::tr("What was your responsibility or the goal you were given?");
    case StorySection::Context:
        return Text::tr("The situation and what was at stake for you, briefly.");
    case StorySection::Action:
        return Text::tr("What did you do, step by step? Say “I”, not “we”.");
    case StorySection::Result:
        return Text::tr("What changed? Numbers help: time saved, revenue, people, %.");
    case StorySection::Learning:
        return Text::tr("What did you take away, and what do you do differently now?");
    }
    return {};
}

// Without a loaded translation Qt shows "%n word(s)" as written, so English plurals are
// chosen here; translations still get whole phrases to translate.
QString wordCount(int words)
{
    return words == 1 ? Text::tr("1 word") : Text::tr("%1 words").arg(words);
}

} // namespace sb::gui

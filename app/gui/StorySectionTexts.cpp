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

QString tr(const char* text)
{
    return QCoreApplication::translate("sb::gui::StoryEditor", text);
}

} // namespace

QString sectionHint(StorySection section)
{
    switch (section) {
    case StorySection::Situation:
        return tr("Where and when? Set the scene in two or three sentences.");
    case StorySection::Task:
        return tr("What was your responsibility or the goal you were given?");
    case StorySection::Context:
        return tr("The situation and what was at stake for you, briefly.");
    case StorySection::Action:
        return tr("What did you do, step by step? Say “I”, not “we”.");
    case StorySection::Result:
        return tr("What changed? Numbers help: time saved, revenue, people, %.");
    case StorySection::Learning:
        return tr("What did you take away, and what do you do differently now?");
    }
    return {};
}

// Without a loaded translation Qt shows "%n word(s)" as written, so English plurals are
// chosen here; translations still get whole phrases to translate.
QString wordCount(int words)
{
    return words == 1 ? tr("1 word") : tr("%1 words").arg(words);
}

} // namespace sb::gui

#include "core/model/StorySections.h"

#include <QCoreApplication>

namespace sb {

namespace {

const QString kContextSeparator = QStringLiteral("\n\n");

// One table for every front end, so a section is named the same everywhere.
const char* englishName(StorySection section)
{
    switch (section) {
    case StorySection::Situation:
        return QT_TRANSLATE_NOOP("sb::StorySections", "Situation");
    case StorySection::Task:
        return QT_TRANSLATE_NOOP("sb::StorySections", "Task");
    case StorySection::Context:
        return QT_TRANSLATE_NOOP("sb::StorySections", "Context");
    case StorySection::Action:
        return QT_TRANSLATE_NOOP("sb::StorySections", "Action");
    case StorySection::Result:
        return QT_TRANSLATE_NOOP("sb::StorySections", "Result");
    case StorySection::Learning:
        return QT_TRANSLATE_NOOP("sb::StorySections", "Learning");
    }
    return "";
}

} // namespace

QString sectionEnglishName(StorySection section)
{
    return QString::fromLatin1(englishName(section));
}

QString sectionTitle(StorySection section)
{
    return QCoreApplication::translate("sb::StorySections", englishName(section));
}

QString toKey(StorySection section)
{
    return sectionEnglishName(section).toLower();
}

QList<StorySection> sectionsOf(StoryMethod method)
{
    using S = StorySection;
    switch (method) {
    case StoryMethod::Star:
        return {S::Situation, S::Task, S::Action, S::Result};
    case StoryMethod::StarL:
        return {S::Situation, S::Task, S::Action, S::Result, S::Learning};
    case StoryMethod::Carl:
        return {S::Context, S::Action, S::Result, S::Learning};
    }
    return {};
}

QString sectionText(const Story& story, StorySection section)
{
    switch (section) {
    case StorySection::Situation:
        return story.situation;
    case StorySection::Task:
        return story.task;
    case StorySection::Context:
        if (story.situation.isEmpty() || story.task.isEmpty())
            return story.situation + story.task;
        return story.situation + kContextSeparator + story.task;
    case StorySection::Action:
        return story.action;
    case StorySection::Result:
        return story.result;
    case StorySection::Learning:
        return story.learning;
    }
    return {};
}

void setSectionText(Story& story, StorySection section, const QString& text)
{
    switch (section) {
    case StorySection::Situation:
        story.situation = text;
        break;
    case StorySection::Task:
        story.task = text;
        break;
    case StorySection::Context:
        if (text != sectionText(story, StorySection::Context)) {
            story.situation = text;
            story.task.clear();
        }
        break;
    case StorySection::Action:
        story.action = text;
        break;
    case StorySection::Result:
        story.result = text;
        break;
    case StorySection::Learning:
        story.learning = text;
        break;
    }
}

} // namespace sb

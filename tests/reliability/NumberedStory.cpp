#include "tests/reliability/NumberedStory.h"

namespace sb::test {

Story numberedStory(int n)
{
    Story story;
    story.title = QStringLiteral("Edit %1").arg(n);
    story.summary = QStringLiteral("hook %1").arg(n);
    story.situation = QStringLiteral("situation %1 ").arg(n).repeated(40);
    story.task = QStringLiteral("task %1 ").arg(n).repeated(40);
    story.action = QStringLiteral("action %1 ").arg(n).repeated(80);
    story.result = QStringLiteral("result %1 ").arg(n).repeated(40);
    story.learning = QStringLiteral("learning %1 ").arg(n).repeated(20);
    story.cues = {QStringLiteral("cue %1").arg(n)};
    return story;
}

} // namespace sb::test

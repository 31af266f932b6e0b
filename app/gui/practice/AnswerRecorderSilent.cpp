// AnswerRecorder in a build without Qt Multimedia (STORYBANK_RECORDING off, or Qt Multimedia not
// found): never available, so the bar stays hidden and a caller that asks anyway is told why.

#include "app/gui/practice/AnswerRecorder.h"

namespace sb::gui {

bool AnswerRecorder::isAvailable()
{
    return false;
}

QString AnswerRecorder::fileSuffix()
{
    return QStringLiteral("ogg");
}

void AnswerRecorder::setUpAudio() { }

void AnswerRecorder::start(const QString&)
{
    fail(tr("This StoryBank was built without sound recording."));
}

void AnswerRecorder::stop() { }

void AnswerRecorder::play(const QString&)
{
    fail(tr("This StoryBank was built without sound playback."));
}

void AnswerRecorder::stopPlaying() { }

bool AnswerRecorder::isPlaying() const
{
    return false;
}

} // namespace sb::gui

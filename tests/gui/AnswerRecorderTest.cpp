#include "app/gui/practice/AnswerRecorder.h"
#include "tests/support/TempBank.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>

namespace sb::test {
namespace {

using gui::AnswerRecorder;

// Issue 7, record yourself. Test machines have no sound card, so these tests need none: they
// prove the bar stays out of the way without a microphone, and name the files right. (Recording
// itself needs a microphone and is tried by hand.)
class AnswerRecorderTest : public TempBankTest {
protected:
    const QDateTime m_when {QDate(2026, 12, 1), QTime(10, 31, 5)};
};

constexpr char kHasMicrophone[] = "this computer has a microphone; the test is for one without";

#ifndef STORYBANK_HAS_RECORDING
// Only in a build without Qt Multimedia (STORYBANK_RECORDING off or not found).
TEST_F(AnswerRecorderTest, ABuildWithoutQtMultimediaNeverRecords)
{
    EXPECT_FALSE(AnswerRecorder::isAvailable());
}
#endif

// Shown exactly where answers can be recorded; elsewhere (as on CI) it stays out of the way.
TEST_F(AnswerRecorderTest, TheBarShowsInItsWindowOnlyWhereAMicrophoneIs)
{
    QWidget window;
    auto* recorder = new AnswerRecorder(&window);
    recorder->setFolder(bank().recordingsFolder());
    window.show();
    EXPECT_EQ(recorder->isVisible(), AnswerRecorder::isAvailable());
    EXPECT_FALSE(recorder->isRecording());
    EXPECT_FALSE(recorder->isPlaying());
    EXPECT_EQ(recorder->lastRecording(), QString());
}

TEST_F(AnswerRecorderTest, MakingAndClosingManyIsClean)
{
    for (int i = 0; i < 5; ++i) {
        QWidget window;
        new AnswerRecorder(&window);
        window.show();
    }
    const AnswerRecorder alone; // never shown: it would be a window of its own
}

// A caller that starts anyway is told why in plain words, and no empty file is left behind.
TEST_F(AnswerRecorderTest, StartingWithoutAMicrophoneSaysWhyAndWritesNothing)
{
    if (AnswerRecorder::isAvailable())
        GTEST_SKIP() << kHasMicrophone;
    AnswerRecorder recorder;
    QSignalSpy failed(&recorder, &AnswerRecorder::failed);
    QSignalSpy finished(&recorder, &AnswerRecorder::recordingFinished);
    const QString path = AnswerRecorder::newRecordingPath(bank().recordingsFolder(), m_when);

    recorder.start(path);
    recorder.stop();

    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_EQ(recorder.errorMessage(), failed.first().first().toString());
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(recorder.isRecording());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(bank().recordingsFolder()));
}

TEST_F(AnswerRecorderTest, PlayingARecordingThatIsGoneSaysSo)
{
    AnswerRecorder recorder;
    QSignalSpy failed(&recorder, &AnswerRecorder::failed);
    recorder.play(pathFor(QStringLiteral("gone.ogg")));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(recorder.isPlaying());
}

TEST_F(AnswerRecorderTest, ARecordingIsNamedAfterItsTimeInTheBanksRecordingsFolder)
{
    const QString folder = bank().recordingsFolder();
    const QString suffix = AnswerRecorder::fileSuffix();
    EXPECT_EQ(suffix, QStringLiteral("ogg")) << "Opus in Ogg, where Qt Multimedia writes it";

    const QString path = AnswerRecorder::newRecordingPath(folder, m_when);

    EXPECT_EQ(QFileInfo(path).fileName(), QStringLiteral("practice-2026-12-01T10-31-05.") + suffix);
    EXPECT_EQ(QFileInfo(path).absolutePath(),
        QFileInfo(bankPath()).absolutePath() + QStringLiteral("/test recordings"));
    // The time is the user's own, whatever zone the moment was given in.
    EXPECT_EQ(AnswerRecorder::newRecordingPath(folder, m_when.toUTC()), path);
}

TEST_F(AnswerRecorderTest, ASecondRecordingInTheSameSecondGetsANameOfItsOwn)
{
    const QString folder = bank().recordingsFolder();
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString first = AnswerRecorder::newRecordingPath(folder, m_when);
    writeAll(first, "take one");

    const QString second = AnswerRecorder::newRecordingPath(folder, m_when);
    writeAll(second, "take two");
    const QString third = AnswerRecorder::newRecordingPath(folder, m_when);

    const QString stem = QStringLiteral("practice-2026-12-01T10-31-05");
    const QString suffix = u'.' + AnswerRecorder::fileSuffix();
    EXPECT_EQ(QFileInfo(second).fileName(), stem + QStringLiteral("-2") + suffix);
    EXPECT_EQ(QFileInfo(third).fileName(), stem + QStringLiteral("-3") + suffix);
    EXPECT_EQ(readAll(first), "take one");
}

} // namespace
} // namespace sb::test

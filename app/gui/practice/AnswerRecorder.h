#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaDevices;
class QMediaPlayer;
class QPushButton;

namespace sb::gui {

class AnswerTake;

// A compact bar for hearing yourself answer: Record/Stop with the time recorded so far, and
// Play/Stop for the last recording. Built without Qt Multimedia (STORYBANK_RECORDING off or
// not found) or on a computer with no microphone it hides itself: isAvailable() says which.
//
// A practice window records each answer into the bank's recordings folder:
//     recorder->setFolder(bank.recordingsFolder());   // for the Record button
//     path = AnswerRecorder::newRecordingPath(recorder->folder(), QDateTime::currentDateTime());
//     recorder->start(path);                          // when the question appears
//     recorder->stop();                               // when the answer is revealed
//     bank.logPractice(item, recall, seconds, when, QFileInfo(path).fileName());
// The file is complete when recordingFinished(path) comes, a moment after stop() (or after the
// next start(), which ends the last recording). failed(message) comes instead when recording
// broke off (what was recorded is kept under that name) or never began (no file is left, and
// the name is best not logged).
class AnswerRecorder : public QWidget {
    Q_OBJECT

public:
    explicit AnswerRecorder(QWidget* parent = nullptr);
    ~AnswerRecorder() override;

    // Built with Qt Multimedia, able to write a sound format, and a microphone is connected.
    static bool isAvailable();
    // The suffix of the files recordings are written as ("ogg": Opus in Ogg where supported).
    static QString fileSuffix();
    // A file name not yet taken in folder for an answer recorded at when, in local time and
    // without colons (which some file systems refuse): practice-2026-12-01T10-31-05.ogg, then
    // practice-2026-12-01T10-31-05-2.ogg for a second one in the same second.
    static QString newRecordingPath(const QString& folder, const QDateTime& when);

    // Where the Record button puts its recordings; the button is disabled until one is set.
    void setFolder(const QString& folder);
    QString folder() const { return m_folder; }

    // Records from the default microphone into filePath, a new file (an existing one is never
    // replaced) made owner-only, its folder too when it is made. A recording in progress is
    // ended, and playing stops, so the answer is not recorded over itself.
    void start(const QString& filePath);
    // Ends the recording; recordingFinished follows once the file is written.
    void stop();
    bool isRecording() const { return m_take != nullptr; }
    // The last recording finished here; empty before the first.
    QString lastRecording() const { return m_lastRecording; }

    void play(const QString& filePath);
    void stopPlaying();
    bool isPlaying() const;

    // The last problem, in plain words, as failed() said it; empty after a good start.
    QString errorMessage() const { return m_errorMessage; }

signals:
    void recordingFinished(const QString& filePath);
    void failed(const QString& message);

private:
    void buildUi();
    void setUpAudio(); // per build: follows microphones coming and going
    void toggleRecording();
    void togglePlaying();
    void showState();
    void showTime(qint64 milliseconds);
    void fail(const QString& message);
    bool makeFile(const QString& filePath);
    void finishRecording(const QString& filePath);
    void makePlayer(); // with Qt Multimedia only (AnswerRecorderAudio.cpp)

    QString m_folder;
    QString m_lastRecording;
    QString m_errorMessage;

    QPushButton* m_record = nullptr;
    QLabel* m_time = nullptr;
    QPushButton* m_play = nullptr;
    QLabel* m_message = nullptr;

    QMediaDevices* m_devices = nullptr;
    AnswerTake* m_take = nullptr; // the recording in progress; ended ones finish on their own
    // Made on first use, so a window that never plays starts no sound pipeline.
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
};

} // namespace sb::gui

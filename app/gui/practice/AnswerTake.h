#pragma once

#include <QMediaFormat>
#include <QObject>
#include <QString>

class QAudioInput;
class QMediaCaptureSession;
class QMediaRecorder;

namespace sb::gui {

// One recorded answer, from the default microphone into filePath, with a capture pipeline of its
// own: Qt 6.4's GStreamer backend ends a recording at once when it is started on a pipeline that
// has just finished one. Once it has said finished or failed it deletes itself.
class AnswerTake : public QObject {
    Q_OBJECT

public:
    AnswerTake(QString filePath, const QMediaFormat& format, QObject* parent);
    // Destroyed while recording (its window closed), it keeps what was recorded so far.
    ~AnswerTake() override;

    void start();
    void stop();
    QString filePath() const { return m_filePath; }

signals:
    void durationChanged(qint64 milliseconds);
    void finished(const QString& filePath); // the recording is complete, at filePath
    void failed(const QString& detail); // nothing usable was recorded

private:
    void recorderFailed(const QString& detail);
    void end(); // says finished or failed, once
    bool moveIntoPlace(); // false when nothing was recorded or it could not be moved
    void removeEmptyFiles();

    QString m_filePath;
    QString m_writing; // where the backend writes, moved to m_filePath at the end
    QMediaCaptureSession* m_session = nullptr;
    QAudioInput* m_input = nullptr;
    QMediaRecorder* m_recorder = nullptr;
    QString m_failure; // the backend's first complaint
    bool m_ended = false;
};

} // namespace sb::gui

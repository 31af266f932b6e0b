#include "app/gui/practice/AnswerRecorder.h"

#include "core/OwnerOnlyFiles.h"
#include "core/analysis/SpeakingTime.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

// The bar itself, the same in every build; recording and playing are in AnswerRecorderAudio.cpp
// (with Qt Multimedia) or AnswerRecorderSilent.cpp (without).

namespace sb::gui {

AnswerRecorder::AnswerRecorder(QWidget* parent) : QWidget(parent)
{
    buildUi();
    setUpAudio();
    // Hidden, not disabled: a control that can never work is only in the way.
    if (!isAvailable())
        hide();
    showState();
}

AnswerRecorder::~AnswerRecorder() = default;

void AnswerRecorder::buildUi()
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_record = new QPushButton(this);
    m_record->setIcon(QIcon::fromTheme(QStringLiteral("media-record")));
    connect(m_record, &QPushButton::clicked, this, &AnswerRecorder::toggleRecording);
    layout->addWidget(m_record);

    m_time = new QLabel(this);
    m_time->setAccessibleName(tr("Time recorded"));
    layout->addWidget(m_time);

    m_play = new QPushButton(this);
    connect(m_play, &QPushButton::clicked, this, &AnswerRecorder::togglePlaying);
    layout->addWidget(m_play);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message, 1);
    showTime(0);
}

QString AnswerRecorder::newRecordingPath(const QString& folder, const QDateTime& when)
{
    const QDir dir(folder);
    const QString stem = QStringLiteral("practice-")
        + when.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss"));
    const QString suffix = u'.' + fileSuffix();
    QString path = dir.filePath(stem + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(stem + QStringLiteral("-%1").arg(n) + suffix);
    return path;
}

void AnswerRecorder::setFolder(const QString& folder)
{
    m_folder = folder;
    showState();
}

void AnswerRecorder::toggleRecording()
{
    if (isRecording())
        stop();
    else
        start(newRecordingPath(m_folder, QDateTime::currentDateTime()));
}

void AnswerRecorder::togglePlaying()
{
    if (isPlaying())
        stopPlaying();
    else
        play(m_lastRecording);
}

void AnswerRecorder::showState()
{
    const bool recording = isRecording();
    m_record->setText(recording ? tr("Stop Recording") : tr("Record"));
    m_record->setToolTip(recording ? tr("Stop recording your answer")
                                   : tr("Record your answer to listen to it afterwards"));
    m_record->setEnabled(recording || !m_folder.isEmpty());

    const bool playing = isPlaying();
    m_play->setText(playing ? tr("Stop Playing") : tr("Play"));
    m_play->setIcon(QIcon::fromTheme(
        playing ? QStringLiteral("media-playback-stop") : QStringLiteral("media-playback-start")));
    m_play->setEnabled(playing || (!recording && !m_lastRecording.isEmpty()));
}

void AnswerRecorder::showTime(qint64 milliseconds)
{
    m_time->setText(speakingtime::clock(int(milliseconds / 1000)));
}

void AnswerRecorder::fail(const QString& message)
{
    m_errorMessage = message;
    m_message->setText(message);
    m_message->show();
    showState();
    emit failed(message);
}

bool AnswerRecorder::makeFile(const QString& filePath)
{
    // The folder and the file are the owner's alone before a byte of sound is in them, and the
    // empty file holds the name: the next answer recorded in the same second takes another.
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!owneronly::makeFolder(folder)) {
        fail(tr("The folder %1 could not be made, so nothing was recorded.")
                 .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    if (!owneronly::createFile(filePath)) {
        fail(tr("%1 could not be written (or is there already), so nothing was recorded.")
                 .arg(QDir::toNativeSeparators(filePath)));
        return false;
    }
    m_errorMessage.clear();
    m_message->hide();
    return true;
}

void AnswerRecorder::finishRecording(const QString& filePath)
{
    m_lastRecording = filePath;
    showState();
    emit recordingFinished(filePath);
}

} // namespace sb::gui

#include "app/gui/practice/AnswerTake.h"

#include "core/OwnerOnlyFiles.h"

#include <QAudioInput>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaRecorder>
#include <QMimeType>
#include <QUrl>

#include <utility>

namespace sb::gui {

namespace {

// The GStreamer backend reads the file name as a URL without escaping it, so a recording for
// "C# prep.storybank" would be written to a file "C". Such paths are recorded elsewhere.
bool misreadAsUrl(const QString& path)
{
    return path.contains(u'#') || path.contains(u'?') || path.contains(u'%');
}

// Where the backend writes filePath's recording before it is moved there. Qt 6.4 adds its
// container's own suffix to a name without it (".ogv" for Ogg, whatever the codec), so the name
// is given with it.
QString writingPathFor(const QString& filePath, const QString& suffix)
{
    const QFileInfo file(filePath);
    const QString name = file.fileName() + u'.' + suffix;
    if (!misreadAsUrl(file.absoluteFilePath()))
        return file.absoluteDir().filePath(name);
    return QDir::temp().filePath(
        QStringLiteral("storybank-%1-").arg(QCoreApplication::applicationPid()) + name);
}

} // namespace

AnswerTake::AnswerTake(QString filePath, const QMediaFormat& format, QObject* parent)
    : QObject(parent), m_filePath(std::move(filePath)),
      m_writing(writingPathFor(m_filePath, format.mimeType().preferredSuffix()))
{
    m_session = new QMediaCaptureSession(this);
    m_input = new QAudioInput(this); // follows the system's default microphone
    m_recorder = new QMediaRecorder(this);
    m_session->setAudioInput(m_input);
    m_session->setRecorder(m_recorder);
    m_recorder->setMediaFormat(format);
    m_recorder->setOutputLocation(QUrl::fromLocalFile(m_writing));
    connect(m_recorder, &QMediaRecorder::durationChanged, this, &AnswerTake::durationChanged);
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this,
        [this](QMediaRecorder::RecorderState state) {
            if (state == QMediaRecorder::StoppedState)
                end();
        });
    connect(m_recorder, &QMediaRecorder::errorOccurred, this,
        [this](QMediaRecorder::Error, const QString& detail) { recorderFailed(detail); });
}

AnswerTake::~AnswerTake()
{
    if (m_ended)
        return;
    // Not waiting for the backend to finish the file: what it holds so far is kept.
    m_recorder->disconnect(this);
    delete std::exchange(m_recorder, nullptr);
    if (!moveIntoPlace())
        removeEmptyFiles();
}

void AnswerTake::start()
{
    // Owner-only before the backend opens it, which writes into the file as it finds it.
    if (!owneronly::createFile(m_writing)) {
        recorderFailed(tr("%1 could not be written.").arg(QDir::toNativeSeparators(m_writing)));
        return;
    }
    m_recorder->record();
}

void AnswerTake::stop()
{
    // A recording that never began sends no stopped state of its own.
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        end();
    else
        m_recorder->stop();
}

void AnswerTake::recorderFailed(const QString& detail)
{
    if (m_failure.isEmpty())
        m_failure = detail;
    // The backend stops a failed recording itself; one that could not begin is stopped already.
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        end();
}

void AnswerTake::end()
{
    if (std::exchange(m_ended, true))
        return;
    // After a failure too: whatever was recorded is kept under its name.
    const bool kept = moveIntoPlace();
    if (!kept)
        removeEmptyFiles();
    if (kept && m_failure.isEmpty())
        emit finished(m_filePath);
    else
        emit failed(m_failure.isEmpty() ? tr("no sound came from it.") : m_failure);
    deleteLater();
}

bool AnswerTake::moveIntoPlace()
{
    // The backend's own name for the file, should it have chosen another.
    QString written = m_recorder ? m_recorder->actualLocation().toLocalFile() : QString();
    if (written.isEmpty() || !QFileInfo::exists(written))
        written = m_writing;
    if (QFileInfo(written).size() == 0)
        return false;
    if (written != m_filePath) {
        // The empty file made at the start has held the name until now. QFile::rename copies
        // where the two are on different file systems (the temporary folder).
        QFile::remove(m_filePath);
        if (!QFile::rename(written, m_filePath))
            return false;
    }
    QFile::setPermissions(m_filePath, owneronly::kPermissions);
    return true;
}

void AnswerTake::removeEmptyFiles()
{
    for (const QString& path : {m_writing, m_filePath}) {
        if (QFileInfo::exists(path) && QFileInfo(path).size() == 0)
            QFile::remove(path);
    }
}

} // namespace sb::gui

// AnswerRecorder's recording and playing, with Qt Multimedia (STORYBANK_HAS_RECORDING).

#include "app/gui/practice/AnswerRecorder.h"

#include "app/gui/practice/AnswerTake.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaPlayer>
#include <QUrl>

#include <utility>

namespace sb::gui {

namespace {

struct Encoding {
    QMediaFormat::FileFormat file;
    QMediaFormat::AudioCodec codec;
    const char* suffix;
};

// Opus in Ogg first: made for speech, a few hundred kilobytes for a two-minute answer, free of
// patents, and written by the GStreamer plugins every Debian desktop has (Qt 6.4's backend there
// offers no AAC). The others are for backends without it.
constexpr Encoding kEncodings[] = {
    {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus, "ogg"},
    {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Vorbis, "ogg"},
    {QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC, "m4a"},
    {QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave, "wav"},
};

QMediaFormat formatOf(const Encoding& encoding)
{
    QMediaFormat format(encoding.file);
    format.setAudioCodec(encoding.codec);
    return format;
}

// Asked once: the answer depends on installed plugins, not on anything that changes while the
// program runs.
const Encoding* chosenEncoding()
{
    static const Encoding* const chosen = []() -> const Encoding* {
        for (const Encoding& encoding : kEncodings) {
            if (formatOf(encoding).isSupported(QMediaFormat::Encode))
                return &encoding;
        }
        return nullptr;
    }();
    return chosen;
}

} // namespace

bool AnswerRecorder::isAvailable()
{
    return chosenEncoding() && !QMediaDevices::audioInputs().isEmpty();
}

QString AnswerRecorder::fileSuffix()
{
    const Encoding* encoding = chosenEncoding();
    return QLatin1String(encoding ? encoding->suffix : kEncodings[0].suffix);
}

void AnswerRecorder::setUpAudio()
{
    // A headset plugged in while the window is open shows the bar; unplugged, hides it. Only
    // inside a window: shown on its own, the bar would open as a window of its own.
    m_devices = new QMediaDevices(this);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, [this] {
        if (parentWidget())
            setVisible(isAvailable());
    });
}

void AnswerRecorder::start(const QString& filePath)
{
    if (!isAvailable()) {
        fail(tr("No microphone was found, so nothing was recorded."));
        return;
    }
    if (!makeFile(filePath))
        return;
    stopPlaying();
    stop();
    auto* take = new AnswerTake(filePath, formatOf(*chosenEncoding()), this);
    m_take = take;
    connect(take, &AnswerTake::durationChanged, this, [this, take](qint64 milliseconds) {
        if (m_take == take)
            showTime(milliseconds);
    });
    connect(take, &AnswerTake::finished, this, &AnswerRecorder::finishRecording);
    connect(take, &AnswerTake::failed, this, [this, take](const QString& detail) {
        if (m_take == take)
            m_take = nullptr;
        fail(tr("The microphone could not be used: %1").arg(detail));
    });
    showTime(0);
    showState();
    take->start();
}

void AnswerRecorder::stop()
{
    // The take finishes writing its file on its own, then says so.
    if (AnswerTake* take = std::exchange(m_take, nullptr))
        take->stop();
    showState();
}

void AnswerRecorder::makePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &AnswerRecorder::showState);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString& detail) {
            fail(tr("The recording could not be played: %1").arg(detail));
        });
}

void AnswerRecorder::play(const QString& filePath)
{
    if (isRecording())
        return; // it would be recorded too
    if (!QFileInfo::exists(filePath)) {
        fail(tr("The recording %1 is no longer there.").arg(QDir::toNativeSeparators(filePath)));
        return;
    }
    makePlayer();
    m_player->setSource(QUrl::fromLocalFile(filePath));
    m_player->play();
}

void AnswerRecorder::stopPlaying()
{
    if (m_player)
        m_player->stop();
}

bool AnswerRecorder::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

} // namespace sb::gui

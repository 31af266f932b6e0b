#include "app/gui/practice/AnswerCountdown.h"

#include "core/analysis/SpeakingTime.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace sb::gui {

namespace {

// A few ticks a second keep the shown second in step with the clock without costing anything.
constexpr int kTickMs = 250;

} // namespace

AnswerCountdown::AnswerCountdown(QWidget* parent) : QWidget(parent)
{
    m_time = new QLabel;
    m_time->setAlignment(Qt::AlignCenter);
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    m_time->setFont(big);
    m_hint = new QLabel;
    m_hint->setAlignment(Qt::AlignCenter);
    m_bar = new QProgressBar;
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_time);
    layout->addWidget(m_bar);
    layout->addWidget(m_hint);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &AnswerCountdown::tick);
}

void AnswerCountdown::start(int targetSeconds)
{
    m_targetSeconds = std::max(targetSeconds, 1);
    m_stoppedAtMs = -1;
    m_overTime = false;
    m_bar->setRange(0, m_targetSeconds * 1000);
    m_clock.start();
    m_ticker->start();
    showElapsed(0);
}

void AnswerCountdown::stop()
{
    if (m_stoppedAtMs >= 0)
        return;
    m_ticker->stop();
    m_stoppedAtMs = m_clock.isValid() ? std::max(m_clock.elapsed(), m_shownMs) : m_shownMs;
    m_hint->setText(tr("You answered in %1").arg(speakingtime::clock(elapsedSeconds())));
}

int AnswerCountdown::elapsedSeconds() const
{
    const qint64 ms = m_stoppedAtMs >= 0 ? m_stoppedAtMs
        : m_clock.isValid()              ? std::max(m_clock.elapsed(), m_shownMs)
                                         : m_shownMs;
    return int(ms / 1000);
}

QString AnswerCountdown::timeText() const
{
    return m_time->text();
}

QString AnswerCountdown::hintText() const
{
    return m_hint->text();
}

void AnswerCountdown::tick()
{
    showElapsed(m_clock.elapsed());
}

void AnswerCountdown::showElapsed(qint64 elapsedMs)
{
    m_shownMs = elapsedMs;
    const qint64 targetMs = qint64(m_targetSeconds) * 1000;
    const bool over = elapsedMs >= targetMs;
    m_bar->setValue(int(std::max<qint64>(targetMs - elapsedMs, 0)));
    if (!over) {
        // Rounded up, as a countdown shows it: 0:01 until the very last moment.
        const int left = int((targetMs - elapsedMs + 999) / 1000);
        m_time->setText(speakingtime::clock(left));
        m_hint->setText(tr("of %1 for this answer").arg(speakingtime::clock(m_targetSeconds)));
        m_time->setForegroundRole(QPalette::WindowText);
        m_hint->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_time->setText(QStringLiteral("+") + speakingtime::clock(int((elapsedMs - targetMs) / 1000)));
    m_hint->setText(tr("Time to wrap up: say how it ended and what it changed."));
    // The link colour is the palette's accent: noticeable in light and dark themes, never red.
    m_time->setForegroundRole(QPalette::Link);
    m_hint->setForegroundRole(QPalette::Link);
    if (!m_overTime) {
        m_overTime = true;
        emit overTime();
    }
}

} // namespace sb::gui

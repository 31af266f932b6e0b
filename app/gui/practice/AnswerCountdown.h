#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace sb::gui {

// The time left for an answer, large enough to read from a step back, and a bar that empties.
// At the limit it does not ring or flash: the words change to a gentle nudge to wrap up and
// the time counts on as overtime, in the palette's warning colour.
class AnswerCountdown : public QWidget {
    Q_OBJECT

public:
    explicit AnswerCountdown(QWidget* parent = nullptr);

    void start(int targetSeconds);
    void stop();
    int elapsedSeconds() const;
    bool isOverTime() const { return m_overTime; }
    int targetSeconds() const { return m_targetSeconds; }
    QString timeText() const;
    QString hintText() const;

    // Shows the state after elapsedMs of the answer; the running timer calls it on each tick.
    void showElapsed(qint64 elapsedMs);

signals:
    void overTime();

private:
    void tick();

    int m_targetSeconds = 120;
    qint64 m_stoppedAtMs = -1; // the answer's length once stopped
    qint64 m_shownMs = 0;
    bool m_overTime = false;
    QElapsedTimer m_clock;
    QTimer* m_ticker = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_hint = nullptr;
    QProgressBar* m_bar = nullptr;
};

} // namespace sb::gui

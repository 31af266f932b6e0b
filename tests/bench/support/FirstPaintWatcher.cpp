#include "tests/bench/support/FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QTimer>

namespace sb::bench {

FirstPaintWatcher::FirstPaintWatcher(std::function<void()> framePainted)
    : m_framePainted(std::move(framePainted))
{
    QCoreApplication::instance()->installEventFilter(this);
}

FirstPaintWatcher::~FirstPaintWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool FirstPaintWatcher::waitForFrame(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return m_done;
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] {
            m_done = true;
            if (m_framePainted)
                m_framePainted();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sb::bench

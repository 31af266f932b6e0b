#pragma once

#include <QObject>

#include <functional>

namespace sb::bench {

// Sees the first paint of any widget in the application and, once that paint and the rest of
// its frame are done (a zero timer runs only after the repaint that is under way), calls back.
// Both the in-process window benchmarks and the first-window probe programs stop the clock so.
class FirstPaintWatcher : public QObject {
public:
    explicit FirstPaintWatcher(std::function<void()> framePainted);
    ~FirstPaintWatcher() override;

    bool done() const { return m_done; }
    // Processes events until the first frame is painted or the timeout passes.
    bool waitForFrame(int timeoutMs = 30000);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_framePainted;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace sb::bench

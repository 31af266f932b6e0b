#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sb::gui {

// Text fields keep their own little undo history and claim Ctrl+Z for it. In StoryBank the one
// history is the window's, which also covers methods, tags, links and deleted stories. This
// filter, installed on a field, lets Undo/Redo through to the window after `commit` has
// written what was typed, so that is the step undone. It also turns the field's own history off.
class SharedHistoryFilter : public QObject {
public:
    SharedHistoryFilter(std::function<void()> commit, QObject* parent);

    void watch(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_commit;
};

} // namespace sb::gui

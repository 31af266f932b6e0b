#include "app/gui/SharedHistoryFilter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sb::gui {

SharedHistoryFilter::SharedHistoryFilter(std::function<void()> commit, QObject* parent)
    : QObject(parent), m_commit(std::move(commit))
{
}

void SharedHistoryFilter::watch(QWidget* field)
{
    if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        text->setUndoRedoEnabled(false);
    field->installEventFilter(this);
}

bool SharedHistoryFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            m_commit();
            event->ignore(); // not claimed by the field: the window's shortcut runs
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sb::gui

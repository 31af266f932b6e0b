#include "app/gui/practice/FullWindowMode.h"

#include <QBoxLayout>
#include <QShortcut>
#include <QWidget>

namespace sb::gui {

namespace {

// Wide enough for a story's sections beside nothing else, narrow enough that a line of the
// body font (about 90 characters) is read at a glance.
constexpr int kReadableEms = 64;

} // namespace

void addFullWindowToggle(QWidget* window)
{
    const auto toggle = [window] {
        if (window->isFullScreen())
            window->showNormal();
        else
            window->showFullScreen();
    };
    QObject::connect(
        new QShortcut(QKeySequence(Qt::Key_F11), window), &QShortcut::activated, window, toggle);
    // Some platforms name another key for full screen; honour it as well.
    const QKeySequence platform(QKeySequence::FullScreen);
    if (!platform.isEmpty() && platform != QKeySequence(Qt::Key_F11))
        QObject::connect(new QShortcut(platform, window), &QShortcut::activated, window, toggle);
}

QWidget* readableColumn(QWidget* content)
{
    auto* column = new QWidget;
    auto* row = new QHBoxLayout(column);
    row->setContentsMargins(0, 0, 0, 0);
    content->setMaximumWidth(
        content->fontMetrics().horizontalAdvance(QLatin1Char('M')) * kReadableEms);
    row->addStretch();
    row->addWidget(content, 100);
    row->addStretch();
    return column;
}

} // namespace sb::gui

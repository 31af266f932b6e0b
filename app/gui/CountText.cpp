#include "app/gui/CountText.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sb::gui::CountText", text);
}

} // namespace

QString storiesText(int count)
{
    return count == 1 ? tr("1 story") : tr("%1 stories").arg(count);
}

QString questionsText(int count)
{
    return count == 1 ? tr("1 question") : tr("%1 questions").arg(count);
}

} // namespace sb::gui

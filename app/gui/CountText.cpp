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

QString linksText(int count)
{
    return count == 1 ? tr("1 link") : tr("%1 links").arg(count);
}

QString categoriesText(int count)
{
    return count == 1 ? tr("1 category") : tr("%1 categories").arg(count);
}

QString tagsText(int count)
{
    return count == 1 ? tr("1 tag") : tr("%1 tags").arg(count);
}

QString warningsText(int count)
{
    return count == 1 ? tr("1 warning") : tr("%1 warnings").arg(count);
}

} // namespace sb::gui

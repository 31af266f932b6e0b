#include "app/gui/CountText.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::CountText)
};

} // namespace

QString storiesText(int count)
{
    return count == 1 ? Text::tr("1 story") : Text::tr("%1 stories").arg(count);
}

QString questionsText(int count)
{
    return count == 1 ? Text::tr("1 question") : Text::tr("%1 questions").arg(count);
}

QString linksText(int count)
{
    return count == 1 ? Text::tr("1 link") : Text::tr("%1 links").arg(count);
}

QString categoriesText(int count)
{
    return count == 1 ? Text::tr("1 category") : Text::tr("%1 categories").arg(count);
}

QString tagsText(int count)
{
    return count == 1 ? Text::tr("1 tag") : Text::tr("%1 tags").arg(count);
}

QString warningsText(int count)
{
    return count == 1 ? Text::tr("1 warning") : Text::tr("%1 warnings").arg(count);
}

} // namespace sb::gui

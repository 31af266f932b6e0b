#pragma once

#include <QString>

namespace sb::gui {

// "1 story", "3 stories": English needs the singular, and no translation file is loaded to
// supply it through tr()'s %n.
QString storiesText(int count);
QString questionsText(int count);
QString linksText(int count);
QString categoriesText(int count);
QString tagsText(int count);
QString warningsText(int count);

} // namespace sb::gui

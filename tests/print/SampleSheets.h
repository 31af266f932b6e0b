#pragma once

#include "core/sheet/CheatSheet.h"

// Cheat sheets built by hand, as the composition would hand them over.
namespace sb::print::samples {

// Twelve ready stories in six categories, two each, with pitch, answers and questions to ask.
CheatSheet realisticSheet();

// Stories with long hooks and many cues (some derived), three per category, plus long optional
// blocks: far more than one page holds at a readable size.
CheatSheet longSheet(int storyCount);

// User text that would be markup in HTML or Markdown if it were not escaped.
inline const QStringList hostileTexts {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("Tom & Jerry"),
    QStringLiteral("<b>bold</b>"),
    QStringLiteral("*bold*"),
    QStringLiteral("# x"),
    QStringLiteral("[a](b)"),
};
CheatSheet hostileSheet();

SheetStory story(const QString& title, const QString& hook, const QStringList& cues,
    const QString& keyFigure = {}, bool cuesDerived = false);

} // namespace sb::print::samples

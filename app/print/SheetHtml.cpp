#include "app/print/SheetHtml.h"

#include "app/print/SheetColour.h"
#include "app/print/SheetLabels.h"
#include "app/print/SheetSectionWriter.h"
#include "app/print/SheetText.h"
#include "app/print/SheetTrimming.h"

namespace sb::print {

namespace {

QString escaped(const QString& userText)
{
    return SheetText::line(userText).toHtmlEscaped();
}

QString number(qreal value)
{
    return QString::number(value, 'g', 4); // always a '.', whatever the locale
}

QString styleSheet(const SheetStyle& style)
{
    const QMarginsF& m = style.marginsMm;
    const QString paper =
        style.paper == SheetPaper::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    return QStringLiteral(
        "@page { size: %1 portrait; margin: %2mm %3mm %4mm %5mm; }\n"
        "html { color: #111827; background: #fff; }\n"
        "body { font-family: \"DejaVu Sans\", \"Noto Sans\", \"Liberation Sans\", Arial, "
        "sans-serif; font-size: %6pt; line-height: 1.3; max-width: 62em; margin: 2em "
        "auto; padding: 0 1.5em; }\n"
        "@media print { body { max-width: none; margin: 0; padding: 0; } }\n"
        "h1 { font-size: 1.7em; margin: 0; }\n"
        ".subtitle { color: #4b5563; margin: 0.15em 0 0; }\n"
        ".sections { column-count: %7; column-gap: 1.8em; margin-top: 0.4em; }\n"
        "@media screen and (max-width: 40em) { .sections { column-count: 1; } }\n"
        "section { break-inside: avoid; page-break-inside: avoid; }\n"
        "h2 { font-size: 1.1em; margin: 0.9em 0 0; padding: 0.15em 0.3em; "
        "background: var(--tint); -webkit-print-color-adjust: exact; "
        "print-color-adjust: exact; }\n"
        "h2 .mark { color: var(--accent); font-size: 0.9em; margin-right: 0.35em; }\n"
        "h3 { font-size: 1em; margin: 0.5em 0 0; }\n"
        ".figure { color: var(--ink); background: var(--figure); padding: 0 0.2em; "
        "margin-left: 0.3em; -webkit-print-color-adjust: exact; "
        "print-color-adjust: exact; }\n"
        ".hook { font-style: italic; color: #374151; font-size: 0.94em; "
        "margin: 0.05em 0 0; }\n"
        "ul { font-size: 0.94em; margin: 0.05em 0 0; padding-left: 1.1em; }\n"
        "li { margin: 0.05em 0 0; }\n"
        "p { margin: 0.35em 0 0; font-size: 0.94em; }\n"
        "p.question { font-weight: bold; margin-top: 0.5em; }\n"
        "p.answer { margin-top: 0.05em; }\n")
        .arg(paper, number(m.top()), number(m.right()), number(m.bottom()), number(m.left()),
            number(style.basePointSize), QString::number(style.columnCount()));
}

QString colourVariables(const QColor& accent)
{
    return QStringLiteral("--accent: %1; --tint: %2; --ink: %3; --figure: %4")
        .arg(SheetColour::hex(accent), SheetColour::hex(SheetColour::tint(accent, 0.16)),
            SheetColour::hex(SheetColour::ink(accent)),
            SheetColour::hex(SheetColour::tint(accent, 0.22)));
}

QString heading(const QString& escapedName)
{
    return QStringLiteral("<h2><span class=\"mark\" aria-hidden=\"true\">\u25a0</span>%1</h2>\n")
        .arg(escapedName);
}

QString bullets(const QStringList& items)
{
    QString html;
    for (const QString& item : items) {
        if (!SheetText::line(item).isEmpty())
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(item));
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul>\n%1</ul>\n").arg(html);
}

QString story(const SheetStory& story)
{
    QString html = QStringLiteral("<h3>%1").arg(escaped(story.title));
    if (!SheetText::line(story.keyFigure).isEmpty())
        html += QStringLiteral(" <span class=\"figure\">%1</span>").arg(escaped(story.keyFigure));
    html += QStringLiteral("</h3>\n");
    if (!SheetText::line(story.hook).isEmpty())
        html += QStringLiteral("<p class=\"hook\">%1</p>\n").arg(escaped(story.hook));
    return html + bullets(story.cues);
}

QString section(const CheatSheet& sheet, const SheetSection& part)
{
    const QString open = QStringLiteral("<section style=\"%1\">\n");
    QString html;
    switch (part.kind) {
    case SheetSection::Kind::Category: {
        const SheetCategory& category = sheet.categories.at(part.category);
        html = open.arg(colourVariables(SheetColour::accent(category.colour)))
            + heading(escaped(category.name));
        for (const SheetStory& entry : category.stories)
            html += story(entry);
        break;
    }
    case SheetSection::Kind::Pitch:
        html = open.arg(colourVariables(SheetColour::neutral()))
            + heading(SheetLabels::pitchHeading().toHtmlEscaped());
        for (const QString& paragraph : SheetText::paragraphs(sheet.pitch))
            html += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
        break;
    case SheetSection::Kind::PreparedAnswers:
        html = open.arg(colourVariables(SheetColour::neutral()))
            + heading(SheetLabels::preparedAnswersHeading().toHtmlEscaped());
        for (const SheetAnswer& answer : sheet.preparedAnswers) {
            html += QStringLiteral("<p class=\"question\">%1</p>\n").arg(escaped(answer.question));
            for (const QString& paragraph : SheetText::paragraphs(answer.answer))
                html +=
                    QStringLiteral("<p class=\"answer\">%1</p>\n").arg(paragraph.toHtmlEscaped());
        }
        break;
    case SheetSection::Kind::QuestionsToAsk:
        html = open.arg(colourVariables(SheetColour::neutral()))
            + heading(SheetLabels::questionsToAskHeading().toHtmlEscaped())
            + bullets(sheet.questionsToAsk);
        break;
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace

QString SheetHtml::render(const CheatSheet& sheet, const SheetStyle& style)
{
    const CheatSheet shown = SheetTrimming::apply(sheet, style.trims);
    const QString title = SheetText::line(shown.title).isEmpty()
        ? SheetLabels::defaultTitle().toHtmlEscaped()
        : escaped(shown.title);

    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, "
                                  "initial-scale=1\">\n<meta name=\"generator\" "
                                  "content=\"StoryBank\">\n<title>%1</title>\n<style>\n%2</style>\n"
                                  "</head>\n<body>\n<header>\n<h1>%1</h1>\n")
                       .arg(title, styleSheet(style));
    if (!SheetText::line(shown.subtitle).isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(shown.subtitle));
    html += QStringLiteral("</header>\n<main class=\"sections\">\n");

    const QList<SheetSection> sections = SheetSection::of(shown);
    if (sections.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(SheetLabels::emptySheet().toHtmlEscaped());
    for (const SheetSection& part : sections)
        html += section(shown, part);
    return html + QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace sb::print

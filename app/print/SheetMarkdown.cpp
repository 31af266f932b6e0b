#include "app/print/SheetMarkdown.h"

#include "app/print/SheetLabels.h"
#include "app/print/SheetSectionWriter.h"
#include "app/print/SheetText.h"
#include "app/print/SheetTrimming.h"

namespace sb::print {

namespace {

// Punctuation that starts or ends emphasis, code, links, headings, lists, tables, block quotes,
// setext underlines, strikethrough or entities somewhere in CommonMark or GitHub Markdown.
const QString markdownPunctuation = QStringLiteral("\\`*_{}[]>()#+-.!|=~&");

QString bullets(const QStringList& items)
{
    QString text;
    for (const QString& item : items) {
        const QString line = SheetMarkdown::escaped(item);
        if (!line.isEmpty())
            text += QStringLiteral("- ") + line + u'\n';
    }
    return text.isEmpty() ? text : text + u'\n';
}

QString story(const SheetStory& story)
{
    QString text =
        QStringLiteral("### ") + SheetMarkdown::escaped(story.title) + QStringLiteral("\n\n");
    const QString figure = SheetMarkdown::escaped(story.keyFigure);
    const QString hook = SheetMarkdown::escaped(story.hook);
    QStringList lead;
    if (!figure.isEmpty())
        lead.append(QStringLiteral("**") + figure + QStringLiteral("**"));
    if (!hook.isEmpty())
        lead.append(u'*' + hook + u'*');
    if (!lead.isEmpty())
        text += lead.join(QStringLiteral(" \u2014 ")) + QStringLiteral("\n\n");
    return text + bullets(story.cues);
}

QString paragraphs(const QString& userText)
{
    QString text;
    for (const QString& paragraph : SheetText::paragraphs(userText))
        text += SheetMarkdown::escaped(paragraph) + QStringLiteral("\n\n");
    return text;
}

QString section(const CheatSheet& sheet, const SheetSection& part)
{
    switch (part.kind) {
    case SheetSection::Kind::Category: {
        const SheetCategory& category = sheet.categories.at(part.category);
        QString text =
            QStringLiteral("## ") + SheetMarkdown::escaped(category.name) + QStringLiteral("\n\n");
        for (const SheetStory& entry : category.stories)
            text += story(entry);
        return text;
    }
    case SheetSection::Kind::Pitch:
        return QStringLiteral("## ") + SheetLabels::pitchHeading() + QStringLiteral("\n\n")
            + paragraphs(sheet.pitch);
    case SheetSection::Kind::PreparedAnswers: {
        QString text =
            QStringLiteral("## ") + SheetLabels::preparedAnswersHeading() + QStringLiteral("\n\n");
        for (const SheetAnswer& answer : sheet.preparedAnswers) {
            const QString question = SheetMarkdown::escaped(answer.question);
            if (!question.isEmpty())
                text += QStringLiteral("**") + question + QStringLiteral("**\n\n");
            text += paragraphs(answer.answer);
        }
        return text;
    }
    case SheetSection::Kind::QuestionsToAsk:
        return QStringLiteral("## ") + SheetLabels::questionsToAskHeading() + QStringLiteral("\n\n")
            + bullets(sheet.questionsToAsk);
    }
    return {};
}

} // namespace

QString SheetMarkdown::escaped(const QString& userText)
{
    const QString line = SheetText::line(userText);
    QString text;
    text.reserve(line.size() * 2);
    for (const QChar c : line) {
        if (c == u'<')
            text += QStringLiteral("&lt;");
        else if (markdownPunctuation.contains(c))
            text += u'\\' + QString(c);
        else
            text += c;
    }
    return text;
}

QString SheetMarkdown::render(const CheatSheet& sheet, const SheetStyle& style)
{
    const CheatSheet shown = SheetTrimming::apply(sheet, style.trims);
    const QString title = escaped(shown.title);
    QString text = QStringLiteral("# ") + (title.isEmpty() ? SheetLabels::defaultTitle() : title)
        + QStringLiteral("\n\n");
    const QString subtitle = escaped(shown.subtitle);
    if (!subtitle.isEmpty())
        text += u'*' + subtitle + QStringLiteral("*\n\n");

    const QList<SheetSection> sections = SheetSection::of(shown);
    if (sections.isEmpty())
        text += SheetLabels::emptySheet() + QStringLiteral("\n\n");
    for (const SheetSection& part : sections)
        text += section(shown, part);
    // One newline at the end, not the blank line every block leaves behind it.
    while (text.endsWith(QStringLiteral("\n\n")))
        text.chop(1);
    return text;
}

} // namespace sb::print

#include "app/print/SheetSectionWriter.h"

#include "app/print/SheetColour.h"
#include "app/print/SheetLabels.h"
#include "app/print/SheetText.h"

namespace sb::print {

QList<SheetSection> SheetSection::of(const CheatSheet& sheet)
{
    QList<SheetSection> sections;
    for (int i = 0; i < sheet.categories.size(); ++i) {
        if (!sheet.categories.at(i).stories.isEmpty())
            sections.append({Kind::Category, i});
    }
    if (!SheetText::paragraphs(sheet.pitch).isEmpty())
        sections.append({Kind::Pitch, -1});
    if (!sheet.preparedAnswers.isEmpty())
        sections.append({Kind::PreparedAnswers, -1});
    if (!sheet.questionsToAsk.isEmpty())
        sections.append({Kind::QuestionsToAsk, -1});
    return sections;
}

SheetSectionWriter::SheetSectionWriter(const QTextCursor& cursor, const SheetFormats& formats)
    : m_cursor(cursor), m_formats(formats)
{
}

void SheetSectionWriter::startParagraph(const QTextBlockFormat& block, const QTextCharFormat& text)
{
    // The first paragraph reuses the empty one the cursor stands in, so no blank line is left.
    // Merged, not set: in a table cell that character format also holds the cell's padding.
    if (m_inFreshParagraph) {
        m_cursor.setBlockFormat(block);
        m_cursor.mergeBlockCharFormat(text);
        m_inFreshParagraph = false;
    } else {
        m_cursor.insertBlock(block, text);
    }
}

void SheetSectionWriter::writeHeader(const QString& title, const QString& subtitle)
{
    const QString shownTitle = SheetText::line(title);
    startParagraph(m_formats.titleBlock(), m_formats.title());
    m_cursor.insertText(
        shownTitle.isEmpty() ? SheetLabels::defaultTitle() : shownTitle, m_formats.title());
    const QString shownSubtitle = SheetText::line(subtitle);
    if (!shownSubtitle.isEmpty()) {
        startParagraph(m_formats.subtitleBlock(), m_formats.subtitle());
        m_cursor.insertText(shownSubtitle, m_formats.subtitle());
    }
    startParagraph(m_formats.ruleBlock(), m_formats.spacer());
}

void SheetSectionWriter::writeNote(const QString& note)
{
    startParagraph(m_formats.paragraphBlock(), m_formats.body());
    m_cursor.insertText(note, m_formats.body());
}

void SheetSectionWriter::writeSection(const CheatSheet& sheet, const SheetSection& section)
{
    switch (section.kind) {
    case SheetSection::Kind::Category:
        writeCategory(sheet.categories.at(section.category));
        break;
    case SheetSection::Kind::Pitch:
        writePitch(sheet.pitch);
        break;
    case SheetSection::Kind::PreparedAnswers:
        writePreparedAnswers(sheet.preparedAnswers);
        break;
    case SheetSection::Kind::QuestionsToAsk:
        writeQuestionsToAsk(sheet.questionsToAsk);
        break;
    }
}

void SheetSectionWriter::writeHeading(const QString& name, const QColor& accent)
{
    startParagraph(m_formats.headingBlock(accent), m_formats.heading());
    // A solid square in the category's colour: the colour is a reminder, the name carries the
    // meaning, so the sheet reads the same on a greyscale printer.
    // The band's colour starts where the text does: a leading space keeps the mark off its edge.
    m_cursor.insertText(QStringLiteral("\u2002\u25a0\u2002"), m_formats.headingMark(accent));
    m_cursor.insertText(SheetText::line(name), m_formats.heading());
}

void SheetSectionWriter::writeCategory(const SheetCategory& category)
{
    const QColor accent = SheetColour::accent(category.colour);
    writeHeading(category.name, accent);
    for (const SheetStory& story : category.stories)
        writeStory(story, accent);
}

void SheetSectionWriter::writeStory(const SheetStory& story, const QColor& accent)
{
    startParagraph(m_formats.storyTitleBlock(), m_formats.storyTitle());
    m_cursor.insertText(SheetText::line(story.title), m_formats.storyTitle());
    const QString figure = SheetText::line(story.keyFigure);
    if (!figure.isEmpty()) {
        m_cursor.insertText(QStringLiteral("\u2002"), m_formats.storyTitle());
        // Thin spaces inside the tint so the figure does not touch its edges.
        // No-break spaces keep a figure such as "-50% tickets" on one line, in one tint.
        QString unbroken = figure;
        unbroken.replace(u' ', QChar::Nbsp);
        m_cursor.insertText(QChar(0x2009) + unbroken + QChar(0x2009), m_formats.keyFigure(accent));
    }
    const QString hook = SheetText::line(story.hook);
    if (!hook.isEmpty()) {
        startParagraph(m_formats.hookBlock(), m_formats.hook());
        m_cursor.insertText(hook, m_formats.hook());
    }
    writeBullets(story.cues, m_formats.cue());
}

void SheetSectionWriter::writeBullets(const QStringList& items, const QTextCharFormat& format)
{
    for (const QString& item : items) {
        const QString text = SheetText::line(item);
        if (text.isEmpty())
            continue;
        startParagraph(m_formats.bulletBlock(format), format);
        m_cursor.insertText(SheetFormats::bullet(), m_formats.bulletMark(format));
        m_cursor.insertText(text, format);
    }
}

void SheetSectionWriter::writePitch(const QString& pitch)
{
    writeHeading(SheetLabels::pitchHeading(), SheetColour::neutral());
    for (const QString& paragraph : SheetText::paragraphs(pitch)) {
        startParagraph(m_formats.paragraphBlock(), m_formats.body());
        m_cursor.insertText(paragraph, m_formats.body());
    }
}

void SheetSectionWriter::writePreparedAnswers(const QList<SheetAnswer>& answers)
{
    writeHeading(SheetLabels::preparedAnswersHeading(), SheetColour::neutral());
    for (const SheetAnswer& answer : answers) {
        startParagraph(m_formats.questionBlock(), m_formats.question());
        m_cursor.insertText(SheetText::line(answer.question), m_formats.question());
        for (const QString& paragraph : SheetText::paragraphs(answer.answer)) {
            startParagraph(m_formats.hookBlock(), m_formats.body());
            m_cursor.insertText(paragraph, m_formats.body());
        }
    }
}

void SheetSectionWriter::writeQuestionsToAsk(const QStringList& questions)
{
    writeHeading(SheetLabels::questionsToAskHeading(), SheetColour::neutral());
    writeBullets(questions, m_formats.body());
}

} // namespace sb::print

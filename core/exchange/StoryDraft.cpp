#include "core/exchange/StoryDraft.h"

#include "core/exchange/MetadataLines.h"

#include <QRegularExpression>

namespace sb {

namespace {

void appendText(QString& field, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!field.isEmpty())
        field += QStringLiteral("\n\n");
    field += text;
}

QString firstWords(const QString& text)
{
    constexpr int kWords = 8;
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.startsWith(QStringLiteral("- ")))
        line = line.mid(2);
    const qsizetype sentenceEnd = line.indexOf(QStringLiteral(". "));
    if (sentenceEnd > 0)
        line.truncate(sentenceEnd);
    QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool cut = words.size() > kWords;
    if (cut)
        words = words.mid(0, kWords);
    QString title = words.join(QLatin1Char(' '));
    while (!title.isEmpty() && (title.back().isPunct() || title.back().isSpace()))
        title.chop(1);
    if (cut && !title.isEmpty())
        title += QChar(0x2026);
    return title;
}

// "#leadership" in a story's text tags it; "C#", "&#39;" or "#1" do not.
void addHashtags(const QString& text, UniqueNames& tags)
{
    static const QRegularExpression hashtag(QStringLiteral("(?:^|[^\\w&#/])#([A-Za-z][\\w-]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto it = hashtag.globalMatch(text);
    while (it.hasNext()) {
        QString tag = it.next().captured(1);
        while (tag.endsWith(QLatin1Char('-')))
            tag.chop(1);
        tags.add(tag);
    }
}

} // namespace

StoryDraft::StoryDraft(const QString& title, int line, QuestionId question) : m_question(question)
{
    m_story.story.title = title.trimmed();
    m_story.line = line;
    if (question.isValid())
        addLink(question);
}

void StoryDraft::openSection(SectionLabel label, int depth, bool fromHeading)
{
    // An explicit "Situation" after text that only implicitly opened it continues it.
    const bool continuesImplicit = m_implicitSituation && label == SectionLabel::Situation;
    closeSection();
    if (!continuesImplicit)
        m_seen.append(label);
    m_implicitSituation = false;
    m_section = label;
    m_sectionDepth = depth;
    m_sectionFromHeading = fromHeading;
    if (label == SectionLabel::Context)
        m_usedContext = true;
}

void StoryDraft::openImplicitSituation()
{
    openSection(SectionLabel::Situation, 0, false);
    m_seen.removeAll(SectionLabel::Situation);
    m_implicitSituation = true;
}

void StoryDraft::closeSection()
{
    if (!m_section)
        return;
    const QString text = m_body.text(true);
    m_body.clear();
    Story& story = m_story.story;
    switch (*m_section) {
    case SectionLabel::Situation:
    case SectionLabel::Context:
        appendText(story.situation, text);
        break;
    case SectionLabel::Task:
        appendText(story.task, text);
        break;
    case SectionLabel::Action:
    case SectionLabel::Decision:
        appendText(story.action, text);
        break;
    case SectionLabel::Result:
        appendText(story.result, text);
        break;
    case SectionLabel::Learning:
        appendText(story.learning, text);
        break;
    case SectionLabel::Cues:
    case SectionLabel::Answers:
    case SectionLabel::Notes:
    case SectionLabel::Story:
        break;
    }
    m_section.reset();
}

void StoryDraft::addCue(const QString& cue)
{
    const QStringList lines = cue.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            m_story.story.cues.append(line.trimmed());
    }
}

void StoryDraft::addLink(QuestionId question)
{
    if (m_linked.contains(question.value))
        return;
    m_linked.insert(question.value);
    StoryQuestionLink link;
    link.question = question;
    m_story.links.append(link);
}

void StoryDraft::setLastLinkFit(LinkFit fit)
{
    if (!m_story.links.isEmpty())
        m_story.links.last().fit = fit;
}

void StoryDraft::setLastLinkAngle(const QString& angle)
{
    if (!m_story.links.isEmpty())
        m_story.links.last().angle = angle;
}

void StoryDraft::applyMetadata(const QString& paragraph)
{
    const MetadataLines::StoryFields fields = MetadataLines::applyToStory(paragraph, m_story.story);
    m_methodGiven = m_methodGiven || fields.methodGiven;
    m_fromExport = true;
    m_tags.add(fields.tags);
    m_categories.add(fields.categories);
}

QString StoryDraft::derivedTitle() const
{
    const Story& s = m_story.story;
    for (const QString* text : {&s.situation, &s.task, &s.action, &s.result, &s.learning}) {
        const QString title = firstWords(*text);
        if (!title.isEmpty())
            return title;
    }
    return {};
}

ImportedStory StoryDraft::finish(
    const QString& fileTitle, const QString& lastResortTitle, const QStringList& fileTags)
{
    closeSection();
    Story& story = m_story.story;
    if (story.title.isEmpty())
        story.title = fileTitle;
    if (story.title.isEmpty())
        story.title = derivedTitle();
    if (story.title.isEmpty())
        story.title = lastResortTitle;
    if (!m_methodGiven) {
        if (m_usedContext)
            story.method = StoryMethod::Carl;
        else if (!story.learning.isEmpty())
            story.method = StoryMethod::StarL;
        else
            story.method = StoryMethod::Star;
    }
    UniqueNames tags(fileTags);
    tags.add(m_tags.names());
    // StoryBank's own export escapes "#", so a "#word" there is text, not a tag.
    if (!m_fromExport) {
        for (const QString* text : {&story.summary, &story.situation, &story.task, &story.action,
                 &story.result, &story.learning}) {
            addHashtags(*text, tags);
        }
    }
    m_story.tagNames = tags.names();
    m_story.categoryNames = m_categories.names();
    return m_story;
}

} // namespace sb

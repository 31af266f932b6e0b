#include "core/exchange/MarkdownNotesReader.h"

#include "core/exchange/MarkdownRecordsWriter.h"
#include "core/exchange/MetadataLines.h"
#include "core/exchange/QuestionShape.h"

#include <QRegularExpression>

#include <utility>

namespace sb {

namespace {

bool isPartTitle(const QString& text, const char* title)
{
    return text.compare(QLatin1String(title), Qt::CaseInsensitive) == 0;
}

// "Story: Migrating billing" -> "Migrating billing"; a bold title line may end in ":".
QString storyTitle(const QString& text)
{
    QString title = text.trimmed();
    const std::optional<LabelMatch> match = SectionLabels::match(title);
    if (match && match->label == SectionLabel::Story && !match->rest.isEmpty())
        title = match->rest;
    while (title.endsWith(QLatin1Char(':')))
        title.chop(1);
    return title.trimmed();
}

// "STORY: Search engine, LTR" always names stories; a "Story: …" line does only while the
// names are short, so "Story: we moved billing, and it went well" stays a sentence.
bool looksLikeReference(const QString& text, const QString& rest)
{
    if (text.trimmed().startsWith(QLatin1String("STOR")))
        return true;
    constexpr int kMaxWords = 6;
    static const QRegularExpression separators(QStringLiteral("[,;:]"));
    const QStringList names = rest.split(separators, Qt::SkipEmptyParts);
    for (const QString& name : names) {
        if (name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > kMaxWords)
            return false;
    }
    return true;
}

} // namespace

MarkdownNotesReader::MarkdownNotesReader(QString source, FrontMatter frontMatter)
    : m_build(std::move(source), std::move(frontMatter))
{
}

ImportDocument MarkdownNotesReader::read(const QList<MarkdownBlock>& blocks)
{
    m_blocks = &blocks;
    for (m_index = 0; m_index < blocks.size(); ++m_index) {
        const MarkdownBlock& block = blocks.at(m_index);
        if (block.text.isEmpty())
            continue;
        // The export's interviews and journal hold questions and titles of their own; read as
        // notes they would become questions, categories and stories nobody wrote.
        if (m_part == Part::Records && !startsPart(block))
            continue;
        switch (block.kind) {
        case MarkdownBlock::Kind::Heading:
            heading(block);
            break;
        case MarkdownBlock::Kind::Paragraph:
            paragraph(block);
            break;
        case MarkdownBlock::Kind::ListItem:
            listItem(block);
            break;
        case MarkdownBlock::Kind::Code:
            m_build.content(block);
            break;
        }
    }
    m_blocks = nullptr;
    return m_build.finish();
}

const MarkdownBlock* MarkdownNotesReader::next() const
{
    for (qsizetype i = m_index + 1; i < m_blocks->size(); ++i) {
        if (!m_blocks->at(i).text.isEmpty())
            return &m_blocks->at(i);
    }
    return nullptr;
}

bool MarkdownNotesReader::nextIsSectionLabel() const
{
    if (m_labelFollows)
        return true;
    const MarkdownBlock* block = next();
    if (!block || block->kind == MarkdownBlock::Kind::Code || block->quoteDepth > 0)
        return false;
    const std::optional<LabelMatch> match = SectionLabels::match(block->text);
    return match && SectionLabels::isStorySection(match->label);
}

bool MarkdownNotesReader::startsPart(const MarkdownBlock& block)
{
    if (block.kind != MarkdownBlock::Kind::Heading || block.level != 1 || block.quoteDepth > 0
        || block.depth > 0)
        return false;
    return isPartTitle(block.text, "Interview questions") || isPartTitle(block.text, "Stories")
        || MarkdownRecordsWriter::isPartTitle(block.text);
}

bool MarkdownNotesReader::nextIsStoryMetadata() const
{
    const MarkdownBlock* block = next();
    return block && block->kind == MarkdownBlock::Kind::Paragraph && block->quoteDepth == 0
        && MetadataLines::startsStoryMetadata(block->text);
}

void MarkdownNotesReader::question(const QString& text, int line, int headingLevel, int listDepth)
{
    // The export writes its kinds as "Kind:" lines, so only wild notes are guessed from.
    m_build.startQuestion(text, line, headingLevel, listDepth, m_part == Part::None);
}

void MarkdownNotesReader::heading(const MarkdownBlock& block)
{
    const QString& text = block.text;
    // A heading followed by story metadata is the story's title, whatever it says: a story
    // may be called "Stories" or "Story: the outage", and comes back under that title.
    if (nextIsStoryMetadata()) {
        m_build.endQuestion();
        m_build.startStory(text.trimmed(), block.line, false, block.level);
        return;
    }
    if (block.level == 1
        && (isPartTitle(text, "Interview questions") || isPartTitle(text, "Stories"))) {
        m_build.endStory();
        m_build.endQuestion();
        m_part = isPartTitle(text, "Stories") ? Part::Stories : Part::Questions;
        m_build.setCategory({});
        return;
    }
    if (block.level == 1 && m_part != Part::None && MarkdownRecordsWriter::isPartTitle(text)) {
        m_build.endStory();
        m_build.endQuestion();
        m_part = Part::Records;
        m_build.setCategory({});
        return;
    }
    if (m_part == Part::Questions && block.quoteDepth == 0 && block.depth == 0) {
        // The export writes categories as "##" with their questions as "###" below (or
        // nothing, for a category without questions): such a "##" is a category even when
        // its name reads like a question.
        const MarkdownBlock* after = next();
        const bool holdsQuestions =
            !after || (after->kind == MarkdownBlock::Kind::Heading && after->level <= 3);
        if (block.level == 2 && (holdsQuestions || !QuestionShape::readsLikeQuestion(text))) {
            m_build.endStory();
            m_build.endQuestion();
            m_build.setCategory(text.trimmed());
            m_build.declareCategory(text.trimmed());
            return;
        }
        if (block.level == 3) {
            question(text, block.line, block.level, 0);
            return;
        }
    }
    if (const std::optional<LabelMatch> match = SectionLabels::match(text)) {
        if (match->label == SectionLabel::Story && !match->rest.isEmpty()) {
            if (!m_build.headingIsUnderQuestion(block.level))
                m_build.endQuestion();
            m_build.startStory(match->rest, block.line, true, block.level);
            return;
        }
        if (SectionLabels::isStorySection(match->label) || match->label == SectionLabel::Cues
            || (match->label == SectionLabel::Answers && m_build.story())) {
            m_build.sectionLabel(*match, block, true);
            return;
        }
        if (match->label == SectionLabel::Notes || match->label == SectionLabel::Answers) {
            m_build.endStory();
            return;
        }
    }
    if (QuestionShape::readsLikeQuestion(text)) {
        question(QuestionShape::cleaned(text), block.line, block.level, 0);
        return;
    }
    if (nextIsSectionLabel()) {
        if (!m_build.headingIsUnderQuestion(block.level))
            m_build.endQuestion();
        m_build.startStory(storyTitle(text), block.line, true, block.level);
        return;
    }
    if (m_build.story() && m_build.storyHeadingLevel() > 0
        && block.level > m_build.storyHeadingLevel()) {
        m_build.content(block);
        return;
    }
    if (m_build.isInQuestionHeadingAnswer(block.level)) {
        m_build.endStory();
        m_build.addNote(block, text);
        return;
    }
    m_build.endStory();
    m_build.endQuestion();
    if (block.level == 1)
        m_build.setCategory({}); // a document title
    else
        m_build.setCategory(
            m_part == Part::None ? QuestionShape::categoryName(text) : text.trimmed());
}

void MarkdownNotesReader::paragraph(const MarkdownBlock& block)
{
    const QString& text = block.text;
    StoryDraft* story = m_build.story();
    if (block.quoteDepth > 0) {
        m_build.content(block);
        return;
    }
    if (story && !story->hasSectionOpen() && MetadataLines::isStoryMetadata(text)) {
        story->applyMetadata(text);
        return;
    }
    if (m_build.questionIsFresh() && MetadataLines::isQuestionMetadata(text)) {
        m_build.applyQuestionMetadata(text);
        return;
    }
    if (story && story->sectionFromHeading()) {
        m_build.content(block);
        return;
    }
    if (splitAtLabels(block))
        return;
    if (const std::optional<LabelMatch> match = SectionLabels::match(text)) {
        if (label(block, *match))
            return;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0 && !text.contains(QLatin1Char('\n'))
        && text.left(colon).contains(QLatin1String("question"), Qt::CaseInsensitive)
        && !QuestionShape::readsLikeQuestion(text.left(colon))) {
        questionListIntro(text.mid(colon + 1), block.line);
        return;
    }
    const bool looseQuestion = !m_build.hasQuestion() && !story && text.endsWith(QLatin1Char('?'));
    if (m_part != Part::Stories && QuestionShape::readsLikeQuestion(text)
        && (block.emphasised || looseQuestion)) {
        question(QuestionShape::cleaned(text), block.line, 7, 0);
        return;
    }
    if (block.emphasised && nextIsSectionLabel()) {
        m_build.startStory(storyTitle(text), block.line, true, 0);
        return;
    }
    if (story && story->hasSectionOpen() && story->sectionDepth() > 0)
        m_build.endStory(); // text after a list of labels is no longer in the last one
    m_build.content(block);
}

void MarkdownNotesReader::listItem(const MarkdownBlock& block)
{
    const QString& text = block.text;
    if (block.quoteDepth > 0) {
        m_build.content(block);
        return;
    }
    if (m_build.story() && m_build.story()->section() == SectionLabel::Answers) {
        m_build.answersItem(block);
        return;
    }
    if (m_build.questionDepth() > 0 && block.depth <= m_build.questionDepth()) {
        m_build.endStory();
        m_build.endQuestion(); // the next item of a list of questions
    }
    const StoryDraft* story = m_build.story();
    std::optional<LabelMatch> match;
    if (!(story && story->sectionFromHeading()))
        match = SectionLabels::match(text);
    if (story && story->hasSectionOpen() && story->sectionDepth() > 0
        && block.depth <= story->sectionDepth() && !match) {
        m_build.endStory(); // out of the nesting of the last label
    }
    if (match && label(block, *match))
        return;
    if (m_build.story() && m_build.story()->hasSectionOpen()) {
        m_build.content(block);
        return;
    }
    if (m_part != Part::Stories && !m_build.hasQuestion()
        && QuestionShape::readsLikeQuestion(text)) {
        question(QuestionShape::cleaned(text), block.line, 0, block.depth);
        return;
    }
    if (block.emphasised && nextIsSectionLabel()) {
        m_build.startStory(storyTitle(text), block.line, true, 0);
        return;
    }
    m_build.content(block);
}

// Returns false when the label does not apply here and the block is to be read otherwise.
bool MarkdownNotesReader::label(const MarkdownBlock& block, const LabelMatch& match)
{
    switch (match.label) {
    case SectionLabel::Story:
        if (match.rest.isEmpty())
            return false;
        if (nextIsSectionLabel())
            m_build.startStory(match.rest, block.line, true, 0);
        else if (looksLikeReference(block.text, match.rest))
            m_build.references(match.rest, block.line);
        else
            return false;
        return true;
    case SectionLabel::Notes:
        m_build.endStory();
        if (!m_build.hasQuestion())
            return false;
        m_build.addNote(block, match.rest);
        return true;
    case SectionLabel::Answers:
    case SectionLabel::Cues:
        if (!m_build.story())
            return false;
        m_build.sectionLabel(match, block, false);
        return true;
    default:
        m_build.sectionLabel(match, block, false);
        return true;
    }
}

// "Situation: …\nResult: …" on consecutive lines is one paragraph to Markdown but two
// sections to the writer: each line that starts with a label is read as a paragraph of its own.
bool MarkdownNotesReader::splitAtLabels(const MarkdownBlock& block)
{
    const QStringList lines = block.text.split(QLatin1Char('\n'));
    QList<qsizetype> starts {0};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const std::optional<LabelMatch> match = SectionLabels::match(lines.at(i));
        if (match && SectionLabels::isStorySection(match->label))
            starts.append(i);
    }
    if (starts.size() == 1)
        return false;
    starts.append(lines.size());
    for (qsizetype k = 0; k + 1 < starts.size(); ++k) {
        MarkdownBlock part = block;
        part.text = lines.mid(starts.at(k), starts.at(k + 1) - starts.at(k))
                        .join(QLatin1Char('\n'))
                        .trimmed();
        part.line = block.line + int(starts.at(k));
        m_labelFollows = k + 2 < starts.size();
        paragraph(part);
    }
    m_labelFollows = false;
    return true;
}

void MarkdownNotesReader::questionListIntro(const QString& afterColon, int line)
{
    m_build.endStory();
    m_build.endQuestion();
    // "Other questions to practise: 1. Tell me… 2. Describe…" on one line.
    static const QRegularExpression inlineNumbers(QStringLiteral("(?:^|\\s)\\d{1,3}[.)]\\s+"));
    if (!afterColon.trimmed().startsWith(QLatin1Char('1')))
        return;
    const QStringList parts = afterColon.split(inlineNumbers, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (QuestionShape::readsLikeQuestion(part)) {
            question(QuestionShape::cleaned(part), line, 0, 1);
            m_build.endQuestion();
        }
    }
}

} // namespace sb

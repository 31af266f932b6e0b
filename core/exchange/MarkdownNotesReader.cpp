#include "core/exchange/MarkdownNotesReader.h"

#include "core/exchange/MetadataLines.h"
#include "core/exchange/QuestionShape.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <utility>

namespace sb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sb::MarkdownImporter", text);
}

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

} // namespace

MarkdownNotesReader::MarkdownNotesReader(QString source, FrontMatter frontMatter)
    : m_source(std::move(source)), m_frontMatter(std::move(frontMatter))
{
    m_doc.source = m_source;
}

ImportDocument MarkdownNotesReader::read(const QList<MarkdownBlock>& blocks)
{
    m_blocks = &blocks;
    for (m_index = 0; m_index < blocks.size(); ++m_index) {
        const MarkdownBlock& block = blocks.at(m_index);
        if (block.text.isEmpty())
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
            content(block);
            break;
        }
    }
    finish();
    m_blocks = nullptr;
    return m_doc;
}

const MarkdownBlock* MarkdownNotesReader::next() const
{
    for (qsizetype i = m_index + 1; i < m_blocks->size(); ++i) {
        if (!m_blocks->at(i).text.isEmpty())
            return &m_blocks->at(i);
    }
    return nullptr;
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

bool MarkdownNotesReader::nextIsStoryMetadata() const
{
    const MarkdownBlock* block = next();
    return block && block->kind == MarkdownBlock::Kind::Paragraph && block->quoteDepth == 0
        && MetadataLines::startsStoryMetadata(block->text);
}

// A story heading belongs to the open question when it is deeper than the question's heading,
// or when the question was not a heading at all (a list item or a bold line).
bool MarkdownNotesReader::headingIsUnderQuestion(int level) const
{
    return m_question >= 0
        && (m_questionLevel == 0 || m_questionLevel > 6 || level > m_questionLevel);
}

bool MarkdownNotesReader::questionIsOpenHeading(int level) const
{
    return m_question >= 0 && m_questionLevel >= 1 && m_questionLevel <= 6
        && level > m_questionLevel;
}

void MarkdownNotesReader::heading(const MarkdownBlock& block)
{
    const QString& text = block.text;
    if (block.level == 1
        && (isPartTitle(text, "Interview questions") || isPartTitle(text, "Stories"))) {
        endStory();
        endQuestion();
        m_part = isPartTitle(text, "Stories") ? Part::Stories : Part::Questions;
        m_category.clear();
        return;
    }
    if (nextIsStoryMetadata()) {
        endStory();
        endQuestion();
        startStory(storyTitle(text), block.line, false, block.level);
        return;
    }
    if (m_part == Part::Questions && block.quoteDepth == 0 && block.depth == 0) {
        if (block.level == 2 && !QuestionShape::readsLikeQuestion(text)) {
            endStory();
            endQuestion();
            m_category = text.trimmed();
            return;
        }
        if (block.level == 3) {
            startQuestion(text, block.line, block.level, 0);
            return;
        }
    }
    if (const std::optional<LabelMatch> match = SectionLabels::match(text)) {
        if (match->label == SectionLabel::Story && !match->rest.isEmpty()) {
            if (!headingIsUnderQuestion(block.level))
                endQuestion();
            startStory(match->rest, block.line, true, block.level);
            return;
        }
        if (SectionLabels::isStorySection(match->label) || match->label == SectionLabel::Cues
            || (match->label == SectionLabel::Answers && m_story)) {
            sectionLabel(*match, block, true);
            return;
        }
        if (match->label == SectionLabel::Notes || match->label == SectionLabel::Answers) {
            endStory();
            return;
        }
    }
    if (QuestionShape::readsLikeQuestion(text)) {
        startQuestion(QuestionShape::cleaned(text), block.line, block.level, 0);
        return;
    }
    if (nextIsSectionLabel()) {
        if (!headingIsUnderQuestion(block.level))
            endQuestion();
        startStory(storyTitle(text), block.line, true, block.level);
        return;
    }
    if (m_story && m_storyHeadingLevel > 0 && block.level > m_storyHeadingLevel) {
        content(block);
        return;
    }
    if (questionIsOpenHeading(block.level)) {
        endStory();
        m_notes.addParagraph(text);
        m_questionFresh = false;
        return;
    }
    endStory();
    endQuestion();
    if (block.level >= 2)
        m_category = m_part == Part::None ? QuestionShape::categoryName(text) : text.trimmed();
    else
        m_category.clear(); // a document title
}

void MarkdownNotesReader::paragraph(const MarkdownBlock& block)
{
    const QString& text = block.text;
    if (block.quoteDepth > 0) {
        content(block);
        return;
    }
    if (m_story && !m_story->hasSectionOpen() && MetadataLines::isStoryMetadata(text)) {
        m_story->applyMetadata(text);
        return;
    }
    if (m_question >= 0 && m_questionFresh && !m_story && MetadataLines::isQuestionMetadata(text)) {
        const QStringList categories =
            MetadataLines::applyToQuestion(text, m_questions.at(m_question).question);
        if (!categories.isEmpty())
            m_questions.setCategories(m_question, categories);
        m_questionFresh = false;
        return;
    }
    if (m_story && m_story->sectionFromHeading()) {
        content(block);
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
    if (m_part != Part::Stories && QuestionShape::readsLikeQuestion(text)
        && (block.emphasised || (m_question < 0 && !m_story && text.endsWith(QLatin1Char('?'))))) {
        startQuestion(QuestionShape::cleaned(text), block.line, 7, 0);
        return;
    }
    if (block.emphasised && nextIsSectionLabel()) {
        startStory(storyTitle(text), block.line, true, 0);
        return;
    }
    if (m_story && m_story->hasSectionOpen() && m_story->sectionDepth() > 0)
        endStory(); // text after a list of labels is no longer in the last one
    content(block);
}

void MarkdownNotesReader::listItem(const MarkdownBlock& block)
{
    const QString& text = block.text;
    if (block.quoteDepth > 0) {
        content(block);
        return;
    }
    if (m_story && m_story->section() == SectionLabel::Answers) {
        answersItem(block);
        return;
    }
    if (m_question >= 0 && m_questionDepth > 0 && block.depth <= m_questionDepth) {
        endStory();
        endQuestion();
    }
    std::optional<LabelMatch> match;
    if (!(m_story && m_story->sectionFromHeading()))
        match = SectionLabels::match(text);
    if (m_story && m_story->hasSectionOpen() && m_story->sectionDepth() > 0
        && block.depth <= m_story->sectionDepth() && !match) {
        endStory();
    }
    if (match && label(block, *match))
        return;
    if (m_story && m_story->hasSectionOpen()) {
        content(block);
        return;
    }
    if (m_part != Part::Stories && m_question < 0 && QuestionShape::readsLikeQuestion(text)) {
        startQuestion(QuestionShape::cleaned(text), block.line, 0, block.depth);
        return;
    }
    if (block.emphasised && nextIsSectionLabel()) {
        startStory(storyTitle(text), block.line, true, 0);
        return;
    }
    content(block);
}

// Returns false when the label does not apply here and the block is to be read otherwise.
bool MarkdownNotesReader::label(const MarkdownBlock& block, const LabelMatch& match)
{
    switch (match.label) {
    case SectionLabel::Story:
        if (match.rest.isEmpty())
            return false;
        if (nextIsSectionLabel())
            startStory(match.rest, block.line, true, 0);
        else
            references(match.rest, block.line);
        return true;
    case SectionLabel::Notes:
        endStory();
        if (m_question < 0)
            return false;
        if (block.kind == MarkdownBlock::Kind::ListItem)
            m_notes.addItem(match.rest, block.depth);
        else
            m_notes.addParagraph(match.rest);
        m_questionFresh = false;
        return true;
    case SectionLabel::Answers:
    case SectionLabel::Cues:
        if (!m_story)
            return false;
        sectionLabel(match, block, false);
        return true;
    default:
        sectionLabel(match, block, false);
        return true;
    }
}

void MarkdownNotesReader::content(const MarkdownBlock& block)
{
    const bool item = block.kind == MarkdownBlock::Kind::ListItem;
    if (m_story) {
        if (m_story->section() == SectionLabel::Cues) {
            m_story->addCue(block.text);
            return;
        }
        if (m_story->section() == SectionLabel::Answers)
            return;
        if (!m_story->hasSectionOpen())
            m_story->openImplicitSituation();
        if (item)
            m_story->body().addItem(block.text, block.depth);
        else
            m_story->body().addParagraph(block.text);
        return;
    }
    if (m_question < 0)
        return; // introductions and other text around the questions
    if (item)
        m_notes.addItem(block.text, block.depth);
    else
        m_notes.addParagraph(block.text);
    m_questionFresh = false;
}

void MarkdownNotesReader::startQuestion(
    const QString& text, int line, int headingLevel, int listDepth)
{
    endStory();
    endQuestion();
    QStringList phrasings = QuestionShape::phrasings(text);
    if (phrasings.isEmpty())
        return;
    bool isNew = false;
    const int index = m_questions.findOrAdd(phrasings.takeFirst(), line, &isNew);
    if (index < 0)
        return;
    m_questions.addVariants(index, phrasings);
    m_questions.addCategory(index, m_category);
    // The export writes its kinds as "Kind:" lines, so only wild notes are guessed from.
    if (isNew && m_part == Part::None && QuestionShape::isHypotheticalCategory(m_category))
        m_questions.at(index).question.kind = QuestionKind::Hypothetical;
    m_question = index;
    m_questionLevel = headingLevel;
    m_questionDepth = listDepth;
    m_questionFresh = true;
}

void MarkdownNotesReader::endQuestion()
{
    if (m_question >= 0 && !m_notes.isEmpty())
        m_questions.addNotes(m_question, m_notes.text(false));
    m_notes.clear();
    m_question = -1;
    m_questionLevel = 0;
    m_questionDepth = 0;
    m_questionFresh = false;
}

void MarkdownNotesReader::startStory(
    const QString& title, int line, bool linkQuestion, int headingLevel)
{
    endStory();
    const QuestionId question =
        linkQuestion && m_question >= 0 ? m_questions.keyOf(m_question) : QuestionId();
    m_story.emplace(title, line, question);
    m_storyHeadingLevel = headingLevel;
    m_questionFresh = false;
}

void MarkdownNotesReader::sectionLabel(
    const LabelMatch& match, const MarkdownBlock& block, bool fromHeading)
{
    if (!m_story) {
        startStory({}, block.line, true, 0);
    } else if (m_story->hasSeen(match.label)) {
        const QuestionId question = m_story->question();
        endStory();
        m_story.emplace(QString(), block.line, question);
        m_storyHeadingLevel = 0;
    }
    const int depth =
        (fromHeading || block.kind != MarkdownBlock::Kind::ListItem) ? 0 : block.depth;
    m_story->openSection(match.label, depth, fromHeading);
    if (match.rest.isEmpty())
        return;
    if (match.label == SectionLabel::Cues)
        m_story->addCue(match.rest);
    else if (match.label != SectionLabel::Answers)
        m_story->body().addParagraph(match.rest);
}

void MarkdownNotesReader::endStory()
{
    if (!m_story)
        return;
    StoryDraft draft = std::move(*m_story);
    m_story.reset();
    m_storyHeadingLevel = 0;
    QString fileTitle;
    if (draft.title().isEmpty()) {
        if (!m_frontTitleUsed && !m_frontMatter.title.isEmpty()) {
            fileTitle = m_frontMatter.title;
            m_frontTitleUsed = true;
        } else if (!draft.hasLinks()) {
            warn(draft.line(),
                tr("Story sections with no question above them and no title; skipped."));
            return;
        }
    }
    QString questionText;
    if (draft.question().isValid())
        questionText = m_questions.at(int(draft.question().value) - 1).question.text;
    m_stories.add(draft.finish(fileTitle, questionText, m_frontMatter.tags));
}

void MarkdownNotesReader::references(const QString& names, int line)
{
    // "STORY: New to me: LTR" names LTR: what stands before the last ":" is the writer's label.
    const QString list = names.section(QLatin1Char(':'), -1).trimmed();
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    const QStringList parts = list.split(separators, Qt::SkipEmptyParts);
    for (QString name : parts) {
        name = name.trimmed();
        while (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        if (m_question < 0) {
            warn(line,
                tr("Reference to the story “%1” with no question above it; skipped.").arg(name));
            continue;
        }
        m_stories.reference(name, m_questions.keyOf(m_question), line);
        m_questionFresh = false;
    }
}

void MarkdownNotesReader::answersItem(const MarkdownBlock& block)
{
    const QString& text = block.text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (block.depth > 1 && colon > 0) {
        const QString key = text.left(colon).trimmed();
        const QString value = text.mid(colon + 1).trimmed();
        if (key.compare(QLatin1String("Fit"), Qt::CaseInsensitive) == 0) {
            if (const auto fit = linkFitFromKey(value))
                m_story->setLastLinkFit(*fit);
            return;
        }
        if (key.compare(QLatin1String("Angle"), Qt::CaseInsensitive) == 0) {
            m_story->setLastLinkAngle(value);
            return;
        }
    }
    if (block.depth > 1)
        return;
    const int index = m_questions.findOrAdd(text, block.line);
    if (index >= 0)
        m_story->addLink(m_questions.keyOf(index));
}

void MarkdownNotesReader::questionListIntro(const QString& afterColon, int line)
{
    endStory();
    endQuestion();
    // "Other questions to practise: 1. Tell me… 2. Describe…" on one line.
    static const QRegularExpression inlineNumbers(QStringLiteral("(?:^|\\s)\\d{1,3}[.)]\\s+"));
    if (!afterColon.trimmed().startsWith(QLatin1Char('1')))
        return;
    const QStringList parts = afterColon.split(inlineNumbers, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (QuestionShape::readsLikeQuestion(part)) {
            startQuestion(QuestionShape::cleaned(part), line, 0, 1);
            endQuestion();
        }
    }
}

void MarkdownNotesReader::warn(int line, const QString& message)
{
    // A preview listing thousands of the same warning helps no one.
    constexpr qsizetype kMaxWarnings = 100;
    if (m_doc.warnings.size() < kMaxWarnings)
        m_doc.warnings.append(ImportWarning {m_source, line, message});
    else
        ++m_warningsLeftOut;
}

void MarkdownNotesReader::finish()
{
    endStory();
    endQuestion();
    m_doc.questions = m_questions.list();
    m_doc.stories = m_stories.take();
    if (m_warningsLeftOut > 0) {
        m_doc.warnings.append(ImportWarning {m_source, 0,
            QCoreApplication::translate("sb::MarkdownImporter", "%n more warning(s) left out.",
                nullptr, m_warningsLeftOut)});
    }
}

} // namespace sb

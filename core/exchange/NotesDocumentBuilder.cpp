#include "core/exchange/NotesDocumentBuilder.h"

#include "core/exchange/MetadataLines.h"
#include "core/exchange/QuestionShape.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::MarkdownImporter)
};

} // namespace

NotesDocumentBuilder::NotesDocumentBuilder(QString source, FrontMatter frontMatter)
    : m_source(std::move(source)), m_frontMatter(std::move(frontMatter))
{
    m_doc.source = m_source;
}

void NotesDocumentBuilder::declareCategory(const QString& name)
{
    if (name.isEmpty() || m_declaredCategories.contains(name.toCaseFolded()))
        return;
    m_declaredCategories.insert(name.toCaseFolded());
    Category category;
    category.name = name;
    category.position = int(m_doc.categories.size());
    m_doc.categories.append(category);
}

void NotesDocumentBuilder::startQuestion(
    const QString& text, int line, int headingLevel, int listDepth, bool guessKind)
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
    if (isNew && guessKind && QuestionShape::isHypotheticalCategory(m_category))
        m_questions.at(index).question.kind = QuestionKind::Hypothetical;
    m_question = index;
    m_questionLevel = headingLevel;
    m_questionDepth = listDepth;
    m_questionFresh = true;
}

void NotesDocumentBuilder::endQuestion()
{
    if (m_question >= 0 && !m_notes.isEmpty())
        m_questions.addNotes(m_question, m_notes.text(false));
    m_notes.clear();
    m_question = -1;
    m_questionLevel = 0;
    m_questionDepth = 0;
    m_questionFresh = false;
}

void NotesDocumentBuilder::applyQuestionMetadata(const QString& paragraph)
{
    const QStringList categories =
        MetadataLines::applyToQuestion(paragraph, m_questions.at(m_question).question);
    if (!categories.isEmpty())
        m_questions.setCategories(m_question, categories);
    m_questionFresh = false;
}

bool NotesDocumentBuilder::isInQuestionHeadingAnswer(int level) const
{
    return m_question >= 0 && m_questionLevel >= 1 && m_questionLevel <= 6
        && level > m_questionLevel;
}

bool NotesDocumentBuilder::headingIsUnderQuestion(int level) const
{
    return m_question >= 0
        && (m_questionLevel == 0 || m_questionLevel > 6 || level > m_questionLevel);
}

void NotesDocumentBuilder::addNote(const MarkdownBlock& block, const QString& text)
{
    if (m_question < 0)
        return;
    if (block.kind == MarkdownBlock::Kind::ListItem)
        m_notes.addItem(text, block.depth);
    else
        m_notes.addParagraph(text);
    m_questionFresh = false;
}

void NotesDocumentBuilder::startStory(
    const QString& title, int line, bool linkQuestion, int headingLevel)
{
    endStory();
    const QuestionId question =
        linkQuestion && m_question >= 0 ? m_questions.keyOf(m_question) : QuestionId();
    m_story.emplace(title, line, question);
    m_storyHeadingLevel = headingLevel;
    m_questionFresh = false;
}

void NotesDocumentBuilder::endStory()
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
                Text::tr("Story sections with no question above them and no title; skipped."));
            return;
        }
    }
    QString questionText;
    if (draft.question().isValid())
        questionText = m_questions.at(int(draft.question().value) - 1).question.text;
    const int line = draft.line();
    ImportedStory story = draft.finish(fileTitle, questionText, m_frontMatter.tags);
    // Links alone ("#### Answers" under empty sections, nothing above) give no title either;
    // a nameless story would vanish in the bank without a word.
    if (story.story.title.trimmed().isEmpty()) {
        warn(line, Text::tr("Story sections with no question above them and no title; skipped."));
        return;
    }
    m_stories.add(std::move(story));
}

void NotesDocumentBuilder::sectionLabel(
    const LabelMatch& match, const MarkdownBlock& block, bool fromHeading)
{
    if (!m_story) {
        startStory({}, block.line, true, 0);
    } else if (m_story->hasSeen(match.label)) {
        // A second "Situation" is the next story, for the same question.
        const QuestionId question = m_story->question();
        endStory();
        m_story.emplace(QString(), block.line, question);
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

void NotesDocumentBuilder::references(const QString& names, int line)
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
                Text::tr("Reference to the story “%1” with no question above it; skipped.")
                    .arg(name));
            continue;
        }
        m_stories.reference(name, m_questions.keyOf(m_question), line);
        m_questionFresh = false;
    }
}

void NotesDocumentBuilder::answersItem(const MarkdownBlock& block)
{
    if (!m_story)
        return;
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
    // A question the document does not hold is added, without category.
    const int index = m_questions.findOrAdd(text, block.line);
    if (index >= 0)
        m_story->addLink(m_questions.keyOf(index));
}

void NotesDocumentBuilder::content(const MarkdownBlock& block)
{
    if (!m_story) {
        addNote(block, block.text);
        return;
    }
    if (m_story->section() == SectionLabel::Cues) {
        m_story->addCue(block.text);
        return;
    }
    if (m_story->section() == SectionLabel::Answers)
        return;
    if (!m_story->hasSectionOpen())
        m_story->openImplicitSituation();
    if (block.kind == MarkdownBlock::Kind::ListItem)
        m_story->body().addItem(block.text, block.depth);
    else
        m_story->body().addParagraph(block.text);
}

void NotesDocumentBuilder::warn(int line, const QString& message)
{
    // A preview listing thousands of the same warning helps no one.
    constexpr qsizetype kMaxWarnings = 100;
    if (m_doc.warnings.size() < kMaxWarnings)
        m_doc.warnings.append(ImportWarning {m_source, line, message});
    else
        ++m_warningsLeftOut;
}

ImportDocument NotesDocumentBuilder::finish()
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
    return m_doc;
}

} // namespace sb

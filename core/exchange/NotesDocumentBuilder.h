#pragma once

#include "core/exchange/DocumentQuestions.h"
#include "core/exchange/DocumentStories.h"
#include "core/exchange/FrontMatter.h"
#include "core/exchange/ImportDocument.h"
#include "core/exchange/MarkdownBlock.h"
#include "core/exchange/NotesText.h"
#include "core/exchange/SectionLabels.h"
#include "core/exchange/StoryDraft.h"

#include <QSet>
#include <QString>

#include <optional>

namespace sb {

// What the Markdown notes reader has open while it walks a note: the category, the question
// whose answer the following blocks are, and the story whose section they fill. The reader
// decides what a block means; this class carries it out and ends what a new block closes.
class NotesDocumentBuilder {
public:
    NotesDocumentBuilder(QString source, FrontMatter frontMatter);

    void setCategory(const QString& category) { m_category = category; }
    // StoryBank's export lists every category, those without questions too, in bank order:
    // they are kept in ImportDocument::categories so the bank gets them all.
    void declareCategory(const QString& name);

    // headingLevel: 1–6 for a heading question, 7 for a bold line, 0 for a list item (then
    // listDepth is its depth). guessKind: a "Hypotheticals" category makes it hypothetical.
    void startQuestion(
        const QString& text, int line, int headingLevel, int listDepth, bool guessKind);
    void endQuestion();
    bool hasQuestion() const { return m_question >= 0; }
    int questionDepth() const { return m_questionDepth; } // > 0 for a list-item question
    // "Kind:" / "Categories:" lines are read only directly under a question.
    bool questionIsFresh() const { return m_question >= 0 && m_questionFresh && !m_story; }
    void applyQuestionMetadata(const QString& paragraph);
    // A heading deeper than the open question's heading stands in its answer.
    bool isInQuestionHeadingAnswer(int level) const;
    // A story heading belongs to the open question when it is deeper than the question's
    // heading, or when the question was not a heading at all.
    bool headingIsUnderQuestion(int level) const;
    void addNote(const MarkdownBlock& block, const QString& text);

    void startStory(const QString& title, int line, bool linkQuestion, int headingLevel);
    void endStory();
    StoryDraft* story() { return m_story ? &*m_story : nullptr; }
    int storyHeadingLevel() const { return m_storyHeadingLevel; }
    void sectionLabel(const LabelMatch& match, const MarkdownBlock& block, bool fromHeading);
    void references(const QString& names, int line);
    void answersItem(const MarkdownBlock& block);

    // A block that is neither a label nor a question: the open section's text, or the open
    // question's notes, or (with neither) text around the questions that is left out.
    void content(const MarkdownBlock& block);

    void warn(int line, const QString& message);
    ImportDocument finish();

private:
    QString m_source;
    FrontMatter m_frontMatter;
    bool m_frontTitleUsed = false;
    ImportDocument m_doc;
    int m_warningsLeftOut = 0;
    DocumentQuestions m_questions;
    DocumentStories m_stories;
    QSet<QString> m_declaredCategories; // folded names

    QString m_category;
    int m_question = -1; // index in m_questions; -1 when none is open
    int m_questionLevel = 0;
    int m_questionDepth = 0;
    bool m_questionFresh = false; // nothing read under it yet
    NotesText m_notes;
    std::optional<StoryDraft> m_story;
    int m_storyHeadingLevel = 0;
};

} // namespace sb

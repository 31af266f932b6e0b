#pragma once

#include "core/exchange/DocumentQuestions.h"
#include "core/exchange/DocumentStories.h"
#include "core/exchange/FrontMatter.h"
#include "core/exchange/ImportDocument.h"
#include "core/exchange/MarkdownBlock.h"
#include "core/exchange/NotesText.h"
#include "core/exchange/SectionLabels.h"
#include "core/exchange/StoryDraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb {

// Turns the flat blocks of a note into questions and stories. It walks the blocks once,
// keeping the open category, the open question (whose answer the following blocks are) and
// the open story (whose section the following blocks fill). How each block is read:
// - "# Interview questions" / "# Stories" switch to StoryBank's own export shape, where "##"
//   is a category and "###" a question, verbatim.
// - A heading (or bold line) followed by "Hook:/Method:/Status:" lines or by a STAR/CARL label
//   is a story title; "Story: X" as a heading is one too.
// - A heading, a wholly bold/italic paragraph or a list item (when no question is open) that
//   reads like a question (QuestionShape::readsLikeQuestion) is a question. Items under an
//   open question are its answer, not new questions, unless the question was itself an item
//   at the same or a deeper level.
// - Any other heading is a category (or, deeper than the open question's heading, a line of
//   its notes). A paragraph ending in ":" that mentions questions ("Other questions to
//   practise:") closes the open question so the list after it is read as questions.
// - A label (SectionLabels) opens a section of the open story, starting one (linked to the
//   open question) when none is open or when the label was already used in it.
// - "STORY: A, B" is a reference to stories by name, unless a label follows, then it titles a
//   story.
// - Everything else under a question is its notes; blockquotes are always content.
class MarkdownNotesReader {
public:
    MarkdownNotesReader(QString source, FrontMatter frontMatter);

    ImportDocument read(const QList<MarkdownBlock>& blocks);

private:
    enum class Part { None, Questions, Stories };

    void heading(const MarkdownBlock& block);
    void paragraph(const MarkdownBlock& block);
    void listItem(const MarkdownBlock& block);
    void content(const MarkdownBlock& block);
    bool label(const MarkdownBlock& block, const LabelMatch& match);
    bool splitAtLabels(const MarkdownBlock& block);

    const MarkdownBlock* next() const;
    bool nextIsSectionLabel() const;
    bool nextIsStoryMetadata() const;

    void startQuestion(const QString& text, int line, int headingLevel, int listDepth);
    void endQuestion();
    bool questionIsOpenHeading(int level) const;
    bool headingIsUnderQuestion(int level) const;

    void startStory(const QString& title, int line, bool linkQuestion, int headingLevel);
    void sectionLabel(const LabelMatch& match, const MarkdownBlock& block, bool fromHeading);
    void endStory();
    void references(const QString& names, int line);
    void answersItem(const MarkdownBlock& block);
    void questionListIntro(const QString& text, int line);

    void warn(int line, const QString& message);
    void finish();

    QString m_source;
    FrontMatter m_frontMatter;
    bool m_frontTitleUsed = false;
    int m_warningsLeftOut = 0;
    ImportDocument m_doc;
    DocumentQuestions m_questions;
    DocumentStories m_stories;

    const QList<MarkdownBlock>* m_blocks = nullptr;
    qsizetype m_index = 0;
    bool m_labelFollows = false; // the paragraph being read was split before a label

    Part m_part = Part::None;
    QString m_category;
    int m_question = -1; // index in m_questions; -1 when none is open
    int m_questionLevel = 0; // heading level of the open question; 7 for a bold paragraph
    int m_questionDepth = 0; // list depth of the open question when it is a list item
    bool m_questionFresh = false; // nothing read under it yet: a "Kind:" line may follow
    NotesText m_notes;
    std::optional<StoryDraft> m_story;
    int m_storyHeadingLevel = 0;
};

} // namespace sb

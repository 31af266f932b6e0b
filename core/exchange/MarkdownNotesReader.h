#pragma once

#include "core/exchange/FrontMatter.h"
#include "core/exchange/ImportDocument.h"
#include "core/exchange/MarkdownBlock.h"
#include "core/exchange/NotesDocumentBuilder.h"
#include "core/exchange/SectionLabels.h"

#include <QList>
#include <QString>

namespace sb {

// Decides what each block of a note means and has NotesDocumentBuilder carry it out. It walks
// the blocks once:
// - "# Interview questions" / "# Stories" switch to StoryBank's own export shape, where "##"
//   is a category and "###" a question, verbatim. In that shape "# Interviews", "# Journal"
//   and "# Pitch" are records for reading (MarkdownRecordsWriter), passed over up to the next
//   part title.
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
//   open question) when none is open or when the label was already used in it. Under a label
//   heading everything up to the next heading is that section's text.
// - "STORY: A, B" is a reference to stories by name, unless a label follows, then it titles a
//   story.
// - Everything else under a question is its notes; blockquotes are always content.
class MarkdownNotesReader {
public:
    MarkdownNotesReader(QString source, FrontMatter frontMatter);

    ImportDocument read(const QList<MarkdownBlock>& blocks);

private:
    enum class Part { None, Questions, Stories, Records };

    void heading(const MarkdownBlock& block);
    void paragraph(const MarkdownBlock& block);
    void listItem(const MarkdownBlock& block);
    bool label(const MarkdownBlock& block, const LabelMatch& match);
    bool splitAtLabels(const MarkdownBlock& block);
    void questionListIntro(const QString& afterColon, int line);
    void question(const QString& text, int line, int headingLevel, int listDepth);

    const MarkdownBlock* next() const;
    bool nextIsSectionLabel() const;
    bool nextIsStoryMetadata() const;
    static bool startsPart(const MarkdownBlock& block);

    NotesDocumentBuilder m_build;
    const QList<MarkdownBlock>* m_blocks = nullptr;
    qsizetype m_index = 0;
    bool m_labelFollows = false; // the paragraph being read was split before a label
    Part m_part = Part::None;
};

} // namespace sb

#pragma once

#include <QString>

#include <optional>

namespace sb {

// What a label at the start of a heading, paragraph or list item announces.
enum class SectionLabel {
    Situation,
    Task,
    Context, // CARL: goes to the situation, and makes the story CARL
    Action,
    Decision, // stands where Action would; read as the action
    Result,
    Learning,
    Cues,
    Answers, // StoryBank's own "#### Answers" list of a story's questions
    Notes, // "Answer:", "Talking points": a question's prepared answer, not a story
    Story, // "STORY: Search engine" (a reference) or "Story: Migrating billing" (a title)
};

struct LabelMatch {
    SectionLabel label;
    QString rest; // the text after the label and its ":" (or dash), trimmed; may be empty
};

// Recognises STAR/CARL labels in the spellings notes use: "Situation", "Situation:",
// "Situation: we had…", "Results - …", "Lessons learned:", "Takeaways", "Key takeaway",
// "Context", "Decision", case-insensitive. A label must be the whole text or be followed by
// ":" or a spaced dash, so "Action items for Monday" or "Results-Oriented" are not labels.
class SectionLabels {
public:
    static std::optional<LabelMatch> match(const QString& text);

    // The STAR/CARL sections themselves (not Cues, Answers, Notes or Story).
    static bool isStorySection(SectionLabel label);
};

} // namespace sb

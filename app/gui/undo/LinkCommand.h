#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/StoryQuestionLink.h"

#include <optional>

namespace sb::gui {

// Links a story to a question, or changes fit and angle of the link; with no `after`, unlinks.
// Undo puts back exactly what was there before (no link, or the old fit and angle).
class LinkCommand : public BankCommand {
public:
    LinkCommand(BankDocument& document, StoryId story, QuestionId question,
        std::optional<StoryQuestionLink> after, const QString& text);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<StoryQuestionLink>& link);

    StoryId m_story;
    QuestionId m_question;
    std::optional<StoryQuestionLink> m_before;
    std::optional<StoryQuestionLink> m_after;
};

} // namespace sb::gui

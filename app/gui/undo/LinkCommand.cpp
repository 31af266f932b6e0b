#include "app/gui/undo/LinkCommand.h"

namespace sb::gui {

LinkCommand::LinkCommand(BankDocument& document, StoryId story, QuestionId question,
    std::optional<StoryQuestionLink> after, const QString& text)
    : BankCommand(document, text), m_story(story), m_question(question),
      m_before(document.bank().linkBetween(story, question)), m_after(std::move(after))
{
}

void LinkCommand::redo()
{
    apply(m_after);
}

void LinkCommand::undo()
{
    apply(m_before);
}

void LinkCommand::apply(const std::optional<StoryQuestionLink>& link)
{
    run([&](Bank& bank) {
        if (link)
            bank.link(*link);
        else if (bank.linkBetween(m_story, m_question))
            bank.unlink(m_story, m_question);
    });
}

} // namespace sb::gui

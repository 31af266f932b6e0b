#include "app/gui/undo/RemoveStoryCommand.h"

#include "app/gui/undo/InterviewRefs.h"

#include <QCoreApplication>

namespace sb::gui {

RemoveStoryCommand::RemoveStoryCommand(BankDocument& document, StoryId story)
    : BankCommand(document, QString()), m_story(document.bank().story(story).value_or(Story {})),
      m_links(document.bank().linksOfStory(story)),
      m_interviews(interviewrefs::namingStory(document.bank(), story))
{
    for (const JournalEntry& entry : document.bank().journalEntriesOfStory(story))
        m_entries.append(entry.id);
    setText(QCoreApplication::translate("sb::gui::RemoveStoryCommand", "Delete “%1”")
                .arg(m_story.title));
}

void RemoveStoryCommand::redo()
{
    run([this](Bank& bank) { bank.removeStory(m_story.id); });
}

void RemoveStoryCommand::undo()
{
    run([this](Bank& bank) {
        bank.restoreStory(m_story, m_links);
        // The database dropped the entries' references with the story; they come back too.
        for (JournalEntryId id : std::as_const(m_entries)) {
            auto entry = bank.journalEntry(id);
            if (entry && !entry->story.isValid()) {
                entry->story = m_story.id;
                bank.updateJournalEntry(*entry);
            }
        }
        interviewrefs::putBack(bank, m_interviews);
    });
}

} // namespace sb::gui

#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Interview.h"
#include "core/model/JournalEntry.h"
#include "core/model/Story.h"
#include "core/model/StoryQuestionLink.h"

namespace sb::gui {

// Deletes a story; undo restores it with its id, tags, categories, links, the journal entries'
// back-references and its places in interviews (planned, told, mapped to a value).
class RemoveStoryCommand : public BankCommand {
public:
    RemoveStoryCommand(BankDocument& document, StoryId story);

    void redo() override;
    void undo() override;

private:
    Story m_story;
    QList<StoryQuestionLink> m_links;
    QList<JournalEntryId> m_entries; // the journal entries pointing at it
    QList<Interview> m_interviews; // those naming it, as they were before the delete
};

} // namespace sb::gui

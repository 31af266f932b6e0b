#pragma once

#include "app/gui/undo/BankCommand.h"
#include "app/gui/undo/EditRowCommand.h"
#include "core/model/JournalEntry.h"
#include "core/model/Story.h"
#include "core/model/Tag.h"

// The undo commands of the brag journal.

namespace sb::gui {

using EditJournalEntryCommand = EditRowCommand<JournalEntry, &Bank::updateJournalEntry>;

// Writes a new entry; undo removes it, redo brings it back with the same id.
class AddJournalEntryCommand : public BankCommand {
public:
    AddJournalEntryCommand(BankDocument& document, const JournalEntry& entry);

    void redo() override;
    void undo() override;
    JournalEntryId entry() const { return m_entry.id; }

private:
    JournalEntry m_entry;
};

// Deletes an entry; undo brings it back with its id (and its story, if that is still there).
class RemoveJournalEntryCommand : public BankCommand {
public:
    RemoveJournalEntryCommand(BankDocument& document, JournalEntryId entry);

    void redo() override;
    void undo() override;

private:
    JournalEntry m_entry;
};

// Turns an entry into a draft story (Bank::promoteJournalEntry). Undo removes the story, the
// tags made for it and the entry's back-reference; redo puts them back with the same ids, so
// later steps that edit the story still find it.
class PromoteJournalEntryCommand : public BankCommand {
public:
    PromoteJournalEntryCommand(BankDocument& document, JournalEntryId entry);

    void redo() override;
    void undo() override;
    StoryId story() const { return m_story.id; }

private:
    JournalEntryId m_entry;
    Story m_story; // as written, once promoted
    QList<Tag> m_createdTags;
};

} // namespace sb::gui

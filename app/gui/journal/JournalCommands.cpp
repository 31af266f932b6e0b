#include "app/gui/journal/JournalCommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb::gui {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::JournalCommands)
};

} // namespace

AddJournalEntryCommand::AddJournalEntryCommand(BankDocument& document, const JournalEntry& entry)
    : BankCommand(document, Text::tr("New journal entry “%1”").arg(entry.title)), m_entry(entry)
{
    m_entry.id = JournalEntryId();
}

void AddJournalEntryCommand::redo()
{
    run([this](Bank& bank) {
        if (m_entry.id.isValid()) {
            bank.restoreJournalEntry(m_entry);
        } else {
            const JournalEntryId id = bank.addJournalEntry(m_entry);
            m_entry = bank.journalEntry(id).value_or(m_entry); // with its timestamps
            m_entry.id = id;
        }
    });
}

void AddJournalEntryCommand::undo()
{
    run([this](Bank& bank) { bank.removeJournalEntry(m_entry.id); });
}

RemoveJournalEntryCommand::RemoveJournalEntryCommand(BankDocument& document, JournalEntryId entry)
    : BankCommand(document, QString()),
      m_entry(document.bank().journalEntry(entry).value_or(JournalEntry {}))
{
    setText(Text::tr("Delete journal entry “%1”").arg(m_entry.title));
}

void RemoveJournalEntryCommand::redo()
{
    run([this](Bank& bank) { bank.removeJournalEntry(m_entry.id); });
}

void RemoveJournalEntryCommand::undo()
{
    run([this](Bank& bank) { bank.restoreJournalEntry(m_entry); });
}

PromoteJournalEntryCommand::PromoteJournalEntryCommand(BankDocument& document, JournalEntryId entry)
    : BankCommand(document, QString()), m_entry(entry)
{
    const auto found = document.bank().journalEntry(entry);
    setText(Text::tr("Promote “%1” to a story").arg(found ? found->title : QString()));
}

void PromoteJournalEntryCommand::redo()
{
    run([this](Bank& bank) {
        if (m_story.id.isValid()) {
            for (const Tag& tag : std::as_const(m_createdTags))
                bank.restoreTag(tag);
            bank.restoreStory(m_story, {});
            JournalEntry entry = bank.journalEntry(m_entry).value_or(JournalEntry {});
            entry.story = m_story.id;
            bank.updateJournalEntry(entry);
            return;
        }
        // The tags the promotion will create are those the entry names and the bank lacks.
        QStringList newTags;
        if (const auto entry = bank.journalEntry(m_entry)) {
            for (const QString& name : entry->tags) {
                // Names differing only in case are one tag (Bank::tagNamed ignores case).
                if (!name.trimmed().isEmpty() && !bank.tagNamed(name.trimmed())
                    && !newTags.contains(name.trimmed(), Qt::CaseInsensitive))
                    newTags.append(name.trimmed());
            }
        }
        const StoryId id = bank.promoteJournalEntry(m_entry);
        m_story = bank.story(id).value_or(Story {});
        m_story.id = id;
        m_createdTags.clear();
        for (const QString& name : std::as_const(newTags)) {
            const auto tag = bank.tagNamed(name);
            const bool kept = tag
                && std::any_of(m_createdTags.cbegin(), m_createdTags.cend(),
                    [&](const Tag& made) { return made.id == tag->id; });
            if (tag && !kept) // each tag once, or undo would remove it twice
                m_createdTags.append(*tag);
        }
    });
}

void PromoteJournalEntryCommand::undo()
{
    run([this](Bank& bank) {
        // The story as it is now: redo brings back this text, as undo of a later edit left it.
        m_story = bank.story(m_story.id).value_or(m_story);
        bank.removeStory(m_story.id);
        for (const Tag& tag : std::as_const(m_createdTags))
            bank.removeTag(tag.id);
        // The database dropped the back-reference with the story; this writes (and announces)
        // the entry as it was before.
        if (auto entry = bank.journalEntry(m_entry)) {
            entry->story = StoryId();
            bank.updateJournalEntry(*entry);
        }
    });
}

} // namespace sb::gui

#include "core/Bank.h"

#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/journal/StoryMaterial.h"

// The Bank's brag journal, and the promotion of an entry to a story.

namespace sb {

namespace {

using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

const char* const kNoJournalEntry =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no journal entry with id %1.");
const char* const kJournalIdTaken =
    QT_TRANSLATE_NOOP("sb::Bank", "A journal entry with id %1 is already in the bank.");
const char* const kAlreadyPromoted =
    QT_TRANSLATE_NOOP("sb::Bank", "The journal entry “%1” is already the story “%2”.");

} // namespace

QList<JournalEntry> Bank::journal() const
{
    return m_stores->journal.all();
}
std::optional<JournalEntry> Bank::journalEntry(JournalEntryId id) const
{
    return m_stores->journal.find(id);
}
JournalEntryId Bank::addJournalEntry(const JournalEntry& entry)
{
    validate::journalEntry(entry);
    JournalEntry fresh = entry;
    fresh.id = JournalEntryId(); // a new entry always gets a new id
    return addRow(m_stores->journal, fresh, Entity::Journal);
}
JournalEntryId Bank::restoreJournalEntry(const JournalEntry& entry)
{
    // Brings back a row the bank held (undo), which an earlier version may have imported
    // without a title.
    validate::journalEntry(entry, false);
    return JournalEntryId(write(Entity::Journal, Kind::Added, [&] {
        bankwrites::requireFreeId(
            m_stores->journal.find(entry.id).has_value(), kJournalIdTaken, entry.id.value);
        JournalEntry kept = entry;
        if (kept.story.isValid() && !m_stores->stories.find(kept.story))
            kept.story = StoryId();
        return m_stores->journal.insert(kept).value;
    }));
}
void Bank::updateJournalEntry(const JournalEntry& entry)
{
    // As for interviews: an entry stored without a title keeps being editable.
    const auto stored = m_stores->journal.find(entry.id);
    validate::journalEntry(entry, !stored || !stored->title.trimmed().isEmpty());
    updateRow(m_stores->journal, entry, Entity::Journal, kNoJournalEntry);
}
void Bank::removeJournalEntry(JournalEntryId id)
{
    removeRow(m_stores->journal, id, Entity::Journal, kNoJournalEntry);
}

std::optional<JournalEntry> Bank::journalEntryOfStory(StoryId story) const
{
    return m_stores->journal.ofStory(story);
}
QList<JournalEntry> Bank::journalEntriesOfStory(StoryId story) const
{
    return m_stores->journal.allOfStory(story);
}

StoryId Bank::promoteJournalEntry(JournalEntryId id)
{
    QList<TagId> createdTags;
    const StoryId story(write(Entity::Story, Kind::Added, [&] {
        createdTags.clear();
        std::optional<JournalEntry> entry = m_stores->journal.find(id);
        bankwrites::require(entry.has_value(), kNoJournalEntry, id.value);
        if (entry->story.isValid()) {
            const auto existing = m_stores->stories.find(entry->story);
            throw BankError(BankError::Code::Duplicate,
                bankwrites::tr(kAlreadyPromoted)
                    .arg(entry->title, existing ? existing->title : QString()));
        }
        Story draft = storymaterial::draftStory(*entry);
        for (const QString& name : entry->tags) {
            if (name.trimmed().isEmpty())
                continue;
            // Tag names match without regard to case (the column is NOCASE): "Rust" and "rust"
            // on one entry are one tag, made once and put on the story once.
            if (const auto tag = m_stores->tags.findByName(name.trimmed())) {
                if (!draft.tags.contains(tag->id))
                    draft.tags.append(tag->id);
            } else {
                createdTags.append(m_stores->tags.insert({TagId(), name.trimmed(), QString()}));
                draft.tags.append(createdTags.last());
            }
        }
        const StoryId added = m_stores->stories.insert(draft);
        m_stores->search.indexNewStory(added);
        entry->story = added;
        m_stores->journal.update(*entry);
        return added.value;
    }));
    for (TagId tag : createdTags)
        emit changed({Entity::Tag, Kind::Added, tag.value});
    emit changed({Entity::Journal, Kind::Updated, id.value});
    return story;
}

} // namespace sb

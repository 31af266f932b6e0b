#include "core/store/JournalStore.h"

#include "core/db/Database.h"
#include "core/store/ChildRows.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

#define JOURNAL_COLUMNS                                                                            \
    "SELECT id, entry_date, title, details, metrics, feedback, story_id, created_at, "             \
    "updated_at, end_date, impact, scope, involvement FROM journal_entry "

const char* const kTagsOfAll =
    "SELECT entry_id, name FROM journal_entry_tag ORDER BY entry_id, position";
const char* const kTagsOfOne =
    "SELECT entry_id, name FROM journal_entry_tag WHERE entry_id = ?1 ORDER BY position";

void writeTags(Database& db, JournalEntryId id, const QStringList& tags)
{
    childrows::replaceTexts(db, "DELETE FROM journal_entry_tag WHERE entry_id = ?1",
        "INSERT INTO journal_entry_tag (entry_id, position, name) VALUES (?1, ?2, ?3)", id.value,
        tags);
}

JournalEntry entryFrom(const Query& row)
{
    JournalEntry e;
    e.id = JournalEntryId(row.integer(0));
    e.date = dbtext::toDate(row.text(1));
    e.title = row.text(2);
    e.details = row.text(3);
    e.metrics = row.text(4);
    e.feedback = row.text(5);
    e.story = StoryId(row.isNull(6) ? 0 : row.integer(6));
    e.created = dbtext::toDateTime(row.text(7));
    e.updated = dbtext::toDateTime(row.text(8));
    if (!row.isNull(9))
        e.endDate = dbtext::toDate(row.text(9));
    e.impact = int(row.integer(10));
    e.scope = int(row.integer(11));
    e.involvement = int(row.integer(12));
    return e;
}

} // namespace

QList<JournalEntry> JournalStore::all() const
{
    QList<JournalEntry> result;
    auto query = m_db.query(JOURNAL_COLUMNS "ORDER BY entry_date DESC, id DESC");
    while (query.next())
        result.append(entryFrom(query));
    const QHash<int64_t, QStringList> tags = childrows::loadTexts(m_db, kTagsOfAll);
    for (JournalEntry& entry : result)
        entry.tags = tags.value(entry.id.value);
    return result;
}

std::optional<JournalEntry> JournalStore::find(JournalEntryId id) const
{
    auto query = m_db.query(JOURNAL_COLUMNS "WHERE id = ?");
    if (!query.bind(id.value).next())
        return std::nullopt;
    JournalEntry entry = entryFrom(query);
    entry.tags = childrows::loadTexts(m_db, kTagsOfOne, id.value).value(id.value);
    return entry;
}

std::optional<JournalEntry> JournalStore::ofStory(StoryId story) const
{
    auto query = m_db.query("SELECT id FROM journal_entry WHERE story_id = ? ORDER BY id LIMIT 1");
    if (!query.bind(story.value).next())
        return std::nullopt;
    return find(JournalEntryId(query.integer(0)));
}

QList<JournalEntry> JournalStore::allOfStory(StoryId story) const
{
    QList<JournalEntryId> ids;
    auto query = m_db.query("SELECT id FROM journal_entry WHERE story_id = ? ORDER BY id");
    query.bind(story.value);
    while (query.next())
        ids.append(JournalEntryId(query.integer(0)));
    QList<JournalEntry> result;
    for (JournalEntryId id : ids) {
        if (auto entry = find(id))
            result.append(*entry);
    }
    return result;
}

int JournalStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM journal_entry"));
}

JournalEntryId JournalStore::insert(const JournalEntry& e)
{
    // A valid id is kept (undoing a delete restores the entry as it was); NULL picks a new one.
    // Times brought by an import are kept; a new row is created and updated now.
    const QString now = dbtext::now();
    const QString created = dbtext::fromDateTime(e.created).value_or(now);
    const QString updated = dbtext::fromDateTime(e.updated).value_or(now);
    m_db.query("INSERT INTO journal_entry (id, entry_date, title, details, metrics, feedback, "
               "story_id, created_at, updated_at, end_date, impact, scope, involvement) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(dbtext::fromId(e.id), dbtext::fromDate(e.date).value_or(QString()), e.title,
            e.details, e.metrics, e.feedback, dbtext::fromId(e.story), created, updated,
            dbtext::fromDate(e.endDate), e.impact, e.scope, e.involvement)
        .exec();
    const JournalEntryId id(m_db.lastInsertId());
    writeTags(m_db, id, e.tags);
    return id;
}

bool JournalStore::update(const JournalEntry& e)
{
    const bool found =
        m_db.query("UPDATE journal_entry SET entry_date = ?, title = ?, details = ?, "
                   "metrics = ?, feedback = ?, story_id = ?, updated_at = ?, end_date = ?, "
                   "impact = ?, scope = ?, involvement = ? WHERE id = ?")
            .bind(dbtext::fromDate(e.date).value_or(QString()), e.title, e.details, e.metrics,
                e.feedback, dbtext::fromId(e.story), dbtext::now(), dbtext::fromDate(e.endDate),
                e.impact, e.scope, e.involvement, e.id.value)
            .exec()
        > 0;
    if (found)
        writeTags(m_db, e.id, e.tags);
    return found;
}

bool JournalStore::remove(JournalEntryId id)
{
    return m_db.query("DELETE FROM journal_entry WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

#include "core/store/JournalStore.h"

#include "core/db/Database.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

#define JOURNAL_COLUMNS                                                                            \
    "SELECT id, entry_date, title, details, metrics, feedback, story_id, created_at, "             \
    "updated_at FROM journal_entry "

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
    return e;
}

} // namespace

QList<JournalEntry> JournalStore::all() const
{
    QList<JournalEntry> result;
    auto query = m_db.query(JOURNAL_COLUMNS "ORDER BY entry_date DESC, id DESC");
    while (query.next())
        result.append(entryFrom(query));
    return result;
}

std::optional<JournalEntry> JournalStore::find(JournalEntryId id) const
{
    auto query = m_db.query(JOURNAL_COLUMNS "WHERE id = ?");
    if (query.bind(id.value).next())
        return entryFrom(query);
    return std::nullopt;
}

int JournalStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM journal_entry"));
}

JournalEntryId JournalStore::insert(const JournalEntry& e)
{
    // Times brought by an import are kept; a new row is created and updated now.
    const QString now = dbtext::now();
    const QString created = dbtext::fromDateTime(e.created).value_or(now);
    const QString updated = dbtext::fromDateTime(e.updated).value_or(now);
    m_db.query("INSERT INTO journal_entry (entry_date, title, details, metrics, feedback, "
               "story_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(dbtext::fromDate(e.date).value_or(QString()), e.title, e.details, e.metrics,
            e.feedback, dbtext::fromId(e.story), created, updated)
        .exec();
    return JournalEntryId(m_db.lastInsertId());
}

bool JournalStore::update(const JournalEntry& e)
{
    return m_db.query(
                   "UPDATE journal_entry SET entry_date = ?, title = ?, details = ?, metrics = ?, "
                   "feedback = ?, story_id = ?, updated_at = ? WHERE id = ?")
               .bind(dbtext::fromDate(e.date).value_or(QString()), e.title, e.details, e.metrics,
                   e.feedback, dbtext::fromId(e.story), dbtext::now(), e.id.value)
               .exec()
        > 0;
}

bool JournalStore::remove(JournalEntryId id)
{
    return m_db.query("DELETE FROM journal_entry WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

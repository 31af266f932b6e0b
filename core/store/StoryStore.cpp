#include "core/store/StoryStore.h"

#include "core/db/Database.h"
#include "core/store/ChildRows.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

#define STORY_COLUMNS                                                                              \
    "SELECT id, title, summary, method, situation, task, action, result, learning, role, "         \
    "organization, period, status, impact, complexity, involvement, confidence, created_at, "      \
    "updated_at FROM story "

void writeChildren(Database& db, const Story& story, int64_t id)
{
    childrows::replaceTexts(db, "DELETE FROM story_cue WHERE story_id = ?",
        "INSERT INTO story_cue (story_id, position, text) VALUES (?, ?, ?)", id, story.cues);
    childrows::replaceIds(db, "DELETE FROM story_tag WHERE story_id = ?",
        "INSERT INTO story_tag (story_id, position, tag_id) VALUES (?, ?, ?)", id, story.tags);
    childrows::replaceIds(db, "DELETE FROM story_category WHERE story_id = ?",
        "INSERT INTO story_category (story_id, position, category_id) "
        "VALUES (?, ?, ?)",
        id, story.categories);
}

// After an UPDATE of the story row: most edits change a section, not the cues or labels.
void updateChildren(Database& db, const Story& story)
{
    const int64_t id = story.id.value;
    childrows::updateTexts(db, "SELECT text FROM story_cue WHERE story_id = ? ORDER BY position",
        "DELETE FROM story_cue WHERE story_id = ?",
        "INSERT INTO story_cue (story_id, position, text) VALUES (?, ?, ?)", id, story.cues);
    childrows::updateIds(db, "SELECT tag_id FROM story_tag WHERE story_id = ? ORDER BY position",
        "DELETE FROM story_tag WHERE story_id = ?",
        "INSERT INTO story_tag (story_id, position, tag_id) VALUES (?, ?, ?)", id, story.tags);
    childrows::updateIds(db,
        "SELECT category_id FROM story_category WHERE story_id = ? ORDER BY position",
        "DELETE FROM story_category WHERE story_id = ?",
        "INSERT INTO story_category (story_id, position, category_id) VALUES (?, ?, ?)", id,
        story.categories);
}

Story storyFrom(const Query& row)
{
    Story s;
    s.id = StoryId(row.integer(0));
    s.title = row.text(1);
    s.summary = row.text(2);
    s.method = storyMethodFromKey(row.text(3)).value_or(StoryMethod::Star);
    s.situation = row.text(4);
    s.task = row.text(5);
    s.action = row.text(6);
    s.result = row.text(7);
    s.learning = row.text(8);
    s.role = row.text(9);
    s.organization = row.text(10);
    s.period = row.text(11);
    s.status = storyStatusFromKey(row.text(12)).value_or(StoryStatus::Draft);
    s.impact = int(row.integer(13));
    s.complexity = int(row.integer(14));
    s.involvement = int(row.integer(15));
    s.confidence = int(row.integer(16));
    s.created = dbtext::toDateTime(row.text(17));
    s.updated = dbtext::toDateTime(row.text(18));
    return s;
}

} // namespace

QList<Story> StoryStore::load(const char* sql, int64_t id) const
{
    // Four queries for any number of stories rather than four per story.
    const bool one = id != 0;
    const auto cues = childrows::loadTexts(m_db,
        one ? "SELECT story_id, text FROM story_cue WHERE story_id = ? ORDER BY position"
            : "SELECT story_id, text FROM story_cue ORDER BY story_id, position",
        id);
    const auto tags = childrows::loadIds<TagId>(m_db,
        one ? "SELECT story_id, tag_id FROM story_tag WHERE story_id = ? ORDER BY position"
            : "SELECT story_id, tag_id FROM story_tag ORDER BY story_id, position",
        id);
    const auto categories = childrows::loadIds<CategoryId>(m_db,
        one ? "SELECT story_id, category_id FROM story_category WHERE story_id = ? "
              "ORDER BY position"
            : "SELECT story_id, category_id FROM story_category ORDER BY story_id, position",
        id);

    QList<Story> result;
    auto query = m_db.query(sql);
    if (one)
        query.bind(id);
    while (query.next()) {
        Story story = storyFrom(query);
        story.cues = cues.value(story.id.value);
        story.tags = tags.value(story.id.value);
        story.categories = categories.value(story.id.value);
        result.append(story);
    }
    return result;
}

QList<Story> StoryStore::all() const
{
    return load(STORY_COLUMNS "ORDER BY id", 0);
}

bool StoryStore::exists(StoryId id) const
{
    return m_db.query("SELECT 1 FROM story WHERE id = ?").bind(id.value).next();
}

std::optional<Story> StoryStore::find(StoryId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Story> found = load(STORY_COLUMNS "WHERE id = ?", id.value);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

namespace {

StorySummary summaryFrom(const Query& row)
{
    return {StoryId(row.integer(0)), row.text(1), row.text(2),
        storyMethodFromKey(row.text(3)).value_or(StoryMethod::Star),
        storyStatusFromKey(row.text(4)).value_or(StoryStatus::Draft)};
}

} // namespace

QList<StorySummary> StoryStore::summaries(StoryId after, int limit) const
{
    QList<StorySummary> result;
    if (limit >= 0)
        result.reserve(limit);
    // Ids start at 1, so 0 stands for "from the first"; LIMIT -1 is SQLite's "no limit".
    auto query = m_db.query("SELECT id, title, summary, method, status FROM story WHERE id > ? "
                            "ORDER BY id LIMIT ?");
    query.bind(after.isValid() ? after.value : int64_t(0), int64_t(limit));
    while (query.next())
        result.append(summaryFrom(query));
    return result;
}

std::optional<StorySummary> StoryStore::summary(StoryId id) const
{
    auto query = m_db.query("SELECT id, title, summary, method, status FROM story WHERE id = ?");
    if (query.bind(id.value).next())
        return summaryFrom(query);
    return std::nullopt;
}

QList<StoryId> StoryStore::withTag(TagId tag) const
{
    QList<StoryId> result;
    auto query = m_db.query("SELECT story_id FROM story_tag WHERE tag_id = ? ORDER BY story_id");
    query.bind(tag.value);
    while (query.next())
        result.append(StoryId(query.integer(0)));
    return result;
}

int StoryStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM story"));
}

StoryId StoryStore::insert(const Story& s)
{
    // A valid id is kept (undoing a delete restores the story as it was); NULL picks a new one.
    // Valid times are kept too, so an undo or an import brings the story back as it was.
    const QString now = dbtext::now();
    const QString created = dbtext::fromDateTime(s.created).value_or(now);
    const QString updated = dbtext::fromDateTime(s.updated).value_or(now);
    m_db.query("INSERT INTO story (id, title, summary, method, situation, task, action, result, "
               "learning, role, organization, period, status, impact, complexity, involvement, "
               "confidence, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(dbtext::fromId(s.id), s.title, s.summary, toKey(s.method), s.situation, s.task,
            s.action, s.result, s.learning, s.role, s.organization, s.period, toKey(s.status),
            s.impact, s.complexity, s.involvement, s.confidence, created, updated)
        .exec();
    const int64_t id = m_db.lastInsertId();
    writeChildren(m_db, s, id);
    return StoryId(id);
}

bool StoryStore::update(const Story& s)
{
    m_db.query("UPDATE story SET title = ?, summary = ?, method = ?, situation = ?, task = ?, "
               "action = ?, result = ?, learning = ?, role = ?, organization = ?, period = ?, "
               "status = ?, impact = ?, complexity = ?, involvement = ?, confidence = ?, "
               "updated_at = ? WHERE id = ?")
        .bind(s.title, s.summary, toKey(s.method), s.situation, s.task, s.action, s.result,
            s.learning, s.role, s.organization, s.period, toKey(s.status), s.impact, s.complexity,
            s.involvement, s.confidence, dbtext::now(), s.id.value)
        .exec();
    if (m_db.changes() == 0)
        return false;
    updateChildren(m_db, s);
    return true;
}

bool StoryStore::remove(StoryId id)
{
    return m_db.query("DELETE FROM story WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

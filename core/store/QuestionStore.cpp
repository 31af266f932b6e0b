#include "core/store/QuestionStore.h"

#include "core/db/Database.h"
#include "core/store/ChildRows.h"
#include "core/store/DbText.h"

namespace sb {

namespace {

#define QUESTION_COLUMNS                                                                           \
    "SELECT id, text, kind, notes, source, created_at, updated_at FROM question "

void writeChildren(Database& db, const Question& question, int64_t id)
{
    childrows::replaceTexts(db, "DELETE FROM question_variant WHERE question_id = ?",
        "INSERT INTO question_variant (question_id, position, text) "
        "VALUES (?, ?, ?)",
        id, question.variants);
    childrows::replaceIds(db, "DELETE FROM question_category WHERE question_id = ?",
        "INSERT INTO question_category (question_id, position, category_id) "
        "VALUES (?, ?, ?)",
        id, question.categories);
}

} // namespace

QList<Question> QuestionStore::load(const char* sql, int64_t id) const
{
    // Three queries for any number of questions rather than three per question.
    const bool one = id != 0;
    const auto variants = childrows::loadTexts(m_db,
        one ? "SELECT question_id, text FROM question_variant WHERE question_id = ? "
              "ORDER BY position"
            : "SELECT question_id, text FROM question_variant ORDER BY question_id, position",
        id);
    const auto categories = childrows::loadIds<CategoryId>(m_db,
        one ? "SELECT question_id, category_id FROM question_category WHERE question_id = ? "
              "ORDER BY position"
            : "SELECT question_id, category_id FROM question_category "
              "ORDER BY question_id, position",
        id);

    QList<Question> result;
    auto query = m_db.query(sql);
    if (one)
        query.bind(id);
    while (query.next()) {
        Question q;
        q.id = QuestionId(query.integer(0));
        q.text = query.text(1);
        q.kind = questionKindFromKey(query.text(2)).value_or(QuestionKind::Behavioral);
        q.notes = query.text(3);
        q.source = query.text(4);
        q.created = dbtext::toDateTime(query.text(5));
        q.updated = dbtext::toDateTime(query.text(6));
        q.variants = variants.value(q.id.value);
        q.categories = categories.value(q.id.value);
        result.append(q);
    }
    return result;
}

QList<Question> QuestionStore::all() const
{
    return load(QUESTION_COLUMNS "ORDER BY id", 0);
}

QList<QuestionSummary> QuestionStore::summaries() const
{
    const auto categories = childrows::loadIds<CategoryId>(m_db,
        "SELECT question_id, category_id FROM question_category ORDER BY question_id, position");
    QList<QuestionSummary> result;
    for (auto query = m_db.query("SELECT id, text, kind FROM question ORDER BY id");
         query.next();) {
        QuestionSummary summary;
        summary.id = QuestionId(query.integer(0));
        summary.text = query.text(1);
        summary.kind = questionKindFromKey(query.text(2)).value_or(QuestionKind::Behavioral);
        summary.categories = categories.value(summary.id.value);
        result.append(summary);
    }
    return result;
}

bool QuestionStore::exists(QuestionId id) const
{
    return m_db.query("SELECT 1 FROM question WHERE id = ?").bind(id.value).next();
}

std::optional<Question> QuestionStore::find(QuestionId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Question> found = load(QUESTION_COLUMNS "WHERE id = ?", id.value);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<QuestionId> QuestionStore::inCategory(CategoryId category) const
{
    QList<QuestionId> result;
    auto query = m_db.query(
        "SELECT question_id FROM question_category WHERE category_id = ? ORDER BY question_id");
    query.bind(category.value);
    while (query.next())
        result.append(QuestionId(query.integer(0)));
    return result;
}

int QuestionStore::count() const
{
    return int(m_db.scalar("SELECT count(*) FROM question"));
}

QuestionId QuestionStore::insert(const Question& question)
{
    // A valid id and creation time are kept (undoing a delete restores the question as it was).
    const QString now = dbtext::now();
    const QString created = dbtext::fromDateTime(question.created).value_or(now);
    const QString updated = dbtext::fromDateTime(question.updated).value_or(now);
    m_db.query("INSERT INTO question (id, text, kind, notes, source, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(dbtext::fromId(question.id), question.text, toKey(question.kind), question.notes,
            question.source, created, updated)
        .exec();
    const int64_t id = m_db.lastInsertId();
    writeChildren(m_db, question, id);
    return QuestionId(id);
}

bool QuestionStore::update(const Question& question)
{
    m_db.query("UPDATE question SET text = ?, kind = ?, notes = ?, source = ?, updated_at = ? "
               "WHERE id = ?")
        .bind(question.text, toKey(question.kind), question.notes, question.source, dbtext::now(),
            question.id.value)
        .exec();
    if (m_db.changes() == 0)
        return false;
    writeChildren(m_db, question, question.id.value);
    return true;
}

bool QuestionStore::remove(QuestionId id)
{
    return m_db.query("DELETE FROM question WHERE id = ?").bind(id.value).exec() > 0;
}

} // namespace sb

#include "core/store/SearchIndex.h"

#include "core/BankError.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace sb {

namespace {

// bm25 column weights: a hit in a title or tag says more than one in a long section.
#define STORY_RANK "bm25(story_fts, 10.0, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 4.0)"
#define QUESTION_RANK "bm25(question_fts, 4.0, 2.0, 1.0)"
// All indexed text of a row in one value, for matching literal words.
// (concat_ws would do, but needs SQLite 3.44; Debian 12 has 3.40.)
#define NL " || char(10) || "
#define STORY_TEXT                                                                                 \
    "coalesce(title, '')" NL "coalesce(summary, '')" NL "coalesce(situation, '')" NL               \
    "coalesce(task, '')" NL "coalesce(action, '')" NL "coalesce(result, '')" NL                    \
    "coalesce(learning, '')" NL "coalesce(cues, '')" NL "coalesce(tags, '')"
#define QUESTION_TEXT "coalesce(text, '')" NL "coalesce(variants, '')" NL "coalesce(notes, '')"

// Where a literal-only match was found: the first literal with some text either side.
QString literalSnippet(const QString& text, const QStringList& literals)
{
    constexpr qsizetype kContext = 40;
    const qsizetype at = text.indexOf(literals.first(), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const qsizetype from = std::max<qsizetype>(0, at - kContext);
    const qsizetype length = literals.first().size();
    const QString before = text.mid(from, at - from);
    const QString after = text.mid(at + length, kContext);
    return (from > 0 ? QStringLiteral("…") : QString()) + before + SearchHit::MatchStart
        + text.mid(at, length) + SearchHit::MatchEnd + after
        + (at + length + kContext < text.size() ? QStringLiteral("…") : QString());
}

} // namespace

// The SQL for one indexed table. Each query selects rowid, title, snippet, score, full text.
struct SearchIndex::Table {
    SearchHit::Kind kind;
    const char* matchSql; // ?1 MATCH expression, ?2 limit (-1: none)
    const char* scanSql; // every row, for queries with literal words only
};

namespace {

const char* const kStoryMatch =
    "SELECT rowid, title, snippet(story_fts, -1, char(2), char(3), '…', 16), " STORY_RANK
    " AS score, " STORY_TEXT " FROM story_fts WHERE story_fts MATCH ?1 ORDER BY score LIMIT ?2";
const char* const kStoryScan =
    "SELECT rowid, title, '', 0.0, " STORY_TEXT " FROM story_fts ORDER BY rowid";
const char* const kQuestionMatch =
    "SELECT rowid, text, snippet(question_fts, -1, char(2), char(3), '…', 16), " QUESTION_RANK
    " AS score, " QUESTION_TEXT
    " FROM question_fts WHERE question_fts MATCH ?1 ORDER BY score LIMIT ?2";
const char* const kQuestionScan =
    "SELECT rowid, text, '', 0.0, " QUESTION_TEXT " FROM question_fts ORDER BY rowid";

} // namespace

void SearchIndex::reindexStory(StoryId id)
{
    removeStory(id);
    m_db.query("INSERT INTO story_fts (rowid, title, summary, situation, task, action, result, "
               "learning, cues, tags) "
               "SELECT s.id, s.title, s.summary, s.situation, s.task, s.action, s.result, "
               "s.learning, "
               "(SELECT group_concat(text, char(10)) FROM "
               "(SELECT text FROM story_cue WHERE story_id = s.id ORDER BY position)), "
               "(SELECT group_concat(t.name, ' ') FROM story_tag st JOIN tag t ON t.id = st.tag_id "
               "WHERE st.story_id = s.id) "
               "FROM story s WHERE s.id = ?")
        .bind(id.value)
        .exec();
}

void SearchIndex::removeStory(StoryId id)
{
    m_db.query("DELETE FROM story_fts WHERE rowid = ?").bind(id.value).exec();
}

void SearchIndex::reindexQuestion(QuestionId id)
{
    removeQuestion(id);
    m_db.query("INSERT INTO question_fts (rowid, text, variants, notes) "
               "SELECT q.id, q.text, "
               "(SELECT group_concat(text, char(10)) FROM "
               "(SELECT text FROM question_variant WHERE question_id = q.id ORDER BY position)), "
               "q.notes FROM question q WHERE q.id = ?")
        .bind(id.value)
        .exec();
}

void SearchIndex::removeQuestion(QuestionId id)
{
    m_db.query("DELETE FROM question_fts WHERE rowid = ?").bind(id.value).exec();
}

void SearchIndex::rebuild()
{
    m_db.query("DELETE FROM story_fts").exec();
    m_db.query("DELETE FROM question_fts").exec();
    QList<int64_t> ids;
    for (auto query = m_db.query("SELECT id FROM story"); query.next();)
        ids.append(query.integer(0));
    for (int64_t id : ids)
        reindexStory(StoryId(id));
    ids.clear();
    for (auto query = m_db.query("SELECT id FROM question"); query.next();)
        ids.append(query.integer(0));
    for (int64_t id : ids)
        reindexQuestion(QuestionId(id));
}

QList<SearchHit> SearchIndex::search(const QString& text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty() || limit <= 0)
        return {};
    static const Table stories {SearchHit::Kind::Story, kStoryMatch, kStoryScan};
    static const Table questions {SearchHit::Kind::Question, kQuestionMatch, kQuestionScan};
    // Scores of two FTS tables are not comparable (each has its own word statistics), so the
    // user's stories are listed first rather than lost among the starter questions.
    return searchTable(stories, query, limit) + searchTable(questions, query, limit);
}

QList<SearchHit> SearchIndex::searchTable(
    const Table& table, const SearchQuery& query, int limit) const
{
    QList<SearchHit> hits;
    const bool indexed = !query.match.isEmpty();
    auto rows = m_db.query(indexed ? table.matchSql : table.scanSql);
    if (indexed)
        rows.bind(query.match, int64_t(query.literals.isEmpty() ? limit : -1));
    while (hits.size() < limit && rows.next()) {
        const QString fullText = rows.text(4);
        if (!query.literalsIn(fullText))
            continue;
        const QString snippet = indexed ? rows.text(2) : literalSnippet(fullText, query.literals);
        hits.append({table.kind, rows.integer(0), rows.text(1), snippet, rows.real(3)});
    }
    return hits;
}

QStringList SearchIndex::problems() const
{
    QStringList found;
    const auto countOf = [this](const char* sql) { return m_db.scalar(sql); };
    if (countOf("SELECT count(*) FROM story_fts") != countOf("SELECT count(*) FROM story")
        || countOf("SELECT count(*) FROM story_fts WHERE rowid NOT IN (SELECT id FROM story)") > 0)
        found.append(QCoreApplication::translate(
            "sb::SearchIndex", "The search index does not match the stories."));
    if (countOf("SELECT count(*) FROM question_fts") != countOf("SELECT count(*) FROM question")
        || countOf("SELECT count(*) FROM question_fts WHERE rowid NOT IN (SELECT id FROM question)")
            > 0)
        found.append(QCoreApplication::translate(
            "sb::SearchIndex", "The search index does not match the questions."));
    try {
        m_db.query("INSERT INTO story_fts (story_fts) VALUES ('integrity-check')").exec();
        m_db.query("INSERT INTO question_fts (question_fts) VALUES ('integrity-check')").exec();
    } catch (const BankError& error) {
        // Only corruption is a finding; a busy or read-only bank is reported as what it is.
        if (error.code() != BankError::Code::Damaged)
            throw;
        found.append(
            QCoreApplication::translate("sb::SearchIndex", "The search index is damaged."));
    }
    return found;
}

} // namespace sb

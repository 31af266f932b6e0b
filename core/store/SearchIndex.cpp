#include "core/store/SearchIndex.h"

#include "core/BankError.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace sb {

namespace {

// bm25 column weights: a hit in a title or tag says more than one in a long section. Given
// as FTS5's rank function so that "ORDER BY rank" lets FTS5 sort on its index alone and the
// snippet (which reads the row's text) is made only for the rows returned, not every match.
#define STORY_RANK "'bm25(10.0, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 4.0)'"
#define QUESTION_RANK "'bm25(4.0, 2.0, 1.0)'"
#define NL " || char(10) || "
#define STORY_TEXT                                                                                 \
    "coalesce(title, '')" NL "coalesce(summary, '')" NL "coalesce(situation, '')" NL               \
    "coalesce(task, '')" NL "coalesce(action, '')" NL "coalesce(result, '')" NL                    \
    "coalesce(learning, '')" NL "coalesce(cues, '')" NL "coalesce(tags, '')"
#define QUESTION_TEXT "coalesce(text, '')" NL "coalesce(variants, '')" NL "coalesce(notes, '')"

// FTS5's snippet() takes time that grows with the square of the matches in a column: seconds
// for a field of 16 KB of matching words, minutes for 1 MB (measured). Rows whose text is
// longer than this many characters get a snippet of our own (the first word found), which
// reads the text once; a story as people write them is a few thousand.
#define LONGEST_FOR_FTS_SNIPPET "20000"

// The earliest of words in text, with some text either side; empty when none is there as
// typed (the index also matches without accents).
QString ownSnippet(const QString& text, const QStringList& words)
{
    constexpr qsizetype kContext = 40;
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString& word : words) {
        const qsizetype found = word.isEmpty() ? -1 : text.indexOf(word, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            length = word.size();
        }
    }
    if (at < 0)
        return {};
    // Words are searched as prefixes: mark the whole word found, as FTS5 does.
    while (at + length < text.size() && text.at(at + length).isLetterOrNumber())
        ++length;
    const qsizetype from = std::max<qsizetype>(0, at - kContext);
    const QString before = text.mid(from, at - from);
    const QString after = text.mid(at + length, kContext);
    return (from > 0 ? QStringLiteral("…") : QString()) + before + SearchHit::MatchStart
        + text.mid(at, length) + SearchHit::MatchEnd + after
        + (at + length + kContext < text.size() ? QStringLiteral("…") : QString());
}

} // namespace

// The SQL for one indexed table. Each query selects rowid, title, snippet, score and, where a
// query has literal words to check, the full text (an empty string otherwise: reading every
// matching row's text costs more than the search itself).
struct SearchIndex::IdQueries {
    const char* ids; // ?1 MATCH expression
    const char* idsWithText; // the same with the full text
    const char* idsWithHeadline; // the same with the headline's text
    const char* textScan; // every row with its full text, for literal words only
    const char* headlineScan; // every row with its headline's text
    const char* headlineColumns; // for FTS5's column filter
};

struct SearchIndex::Table {
    SearchHit::Kind kind;
    const char* matchSql; // ?1 MATCH expression, ?2 limit (-1: none)
    const char* matchWithTextSql; // the same with the full text
    const char* scanSql; // every row with its text, for queries with literal words only
};

namespace {

// Columns: rowid, title, FTS5's snippet (NULL for a long text), score, TEXT, and the whole text
// when it is too long for FTS5's snippet (NULL otherwise).
#define MATCH_COLUMNS(TABLE, HEADING, ALL_TEXT, TEXT)                                              \
    "SELECT rowid, " HEADING ", CASE WHEN length(" ALL_TEXT ") <= " LONGEST_FOR_FTS_SNIPPET        \
    " THEN snippet(" TABLE ", -1, char(2), char(3), '…', 16) END, rank, " TEXT                     \
    ", CASE WHEN length(" ALL_TEXT ") > " LONGEST_FOR_FTS_SNIPPET " THEN " ALL_TEXT " END"
#define STORY_MATCH(TEXT)                                                                          \
    MATCH_COLUMNS("story_fts", "title", STORY_TEXT, TEXT)                                          \
    " FROM story_fts WHERE story_fts MATCH ?1 AND rank MATCH " STORY_RANK " ORDER BY rank LIMIT "  \
    "?2"
#define QUESTION_MATCH(TEXT)                                                                       \
    MATCH_COLUMNS("question_fts", "text", QUESTION_TEXT, TEXT)                                     \
    " FROM question_fts WHERE question_fts MATCH ?1 AND rank MATCH " QUESTION_RANK                 \
    " ORDER BY rank LIMIT ?2"

const SearchIndex::Table kStories {SearchHit::Kind::Story, STORY_MATCH("''"),
    STORY_MATCH(STORY_TEXT),
    "SELECT rowid, title, '', 0.0, " STORY_TEXT " FROM story_fts ORDER BY rowid"};
const SearchIndex::Table kQuestions {SearchHit::Kind::Question, QUESTION_MATCH("''"),
    QUESTION_MATCH(QUESTION_TEXT),
    "SELECT rowid, text, '', 0.0, " QUESTION_TEXT " FROM question_fts ORDER BY rowid"};

// Matching ids in id order, no ranking, with the text to check literal words in where there
// are any: what a list needs per keystroke.
#define HEADLINE_TEXT "coalesce(title, '')" NL "coalesce(summary, '')" NL "coalesce(tags, '')"
const SearchIndex::IdQueries kStoryIdQueries {
    "SELECT rowid FROM story_fts WHERE story_fts MATCH ?1",
    "SELECT rowid, " STORY_TEXT " FROM story_fts WHERE story_fts MATCH ?1",
    "SELECT rowid, " HEADLINE_TEXT " FROM story_fts WHERE story_fts MATCH ?1",
    "SELECT rowid, " STORY_TEXT " FROM story_fts ORDER BY rowid",
    "SELECT rowid, " HEADLINE_TEXT " FROM story_fts ORDER BY rowid",
    "title summary tags",
};
const SearchIndex::IdQueries kQuestionIdQueries {
    "SELECT rowid FROM question_fts WHERE question_fts MATCH ?1",
    "SELECT rowid, " QUESTION_TEXT " FROM question_fts WHERE question_fts MATCH ?1",
    "SELECT rowid, text FROM question_fts WHERE question_fts MATCH ?1",
    "SELECT rowid, " QUESTION_TEXT " FROM question_fts ORDER BY rowid",
    "SELECT rowid, text FROM question_fts ORDER BY rowid",
    "text",
};

} // namespace

void SearchIndex::reindexStory(StoryId id)
{
    removeStory(id);
    indexNewStory(id);
}

// Both read the row first and insert its values: INSERT … SELECT into an FTS5 table took twice
// as long per row (measured on 1,200 stories), and an import or an edit should pay for the
// tokenizing alone.
void SearchIndex::indexNewStory(StoryId id)
{
    QStringList values;
    {
        auto row =
            m_db.query("SELECT s.title, s.summary, s.situation, s.task, s.action, s.result, "
                       "s.learning, "
                       "(SELECT group_concat(text, char(10)) FROM "
                       "(SELECT text FROM story_cue WHERE story_id = s.id ORDER BY position)), "
                       "(SELECT group_concat(t.name, ' ') FROM story_tag st "
                       "JOIN tag t ON t.id = st.tag_id WHERE st.story_id = s.id) "
                       "FROM story s WHERE s.id = ?");
        row.bind(id.value);
        if (!row.next())
            return; // gone: nothing to index
        for (int column = 0; column < 9; ++column)
            values.append(row.text(column));
    }
    m_db.query("INSERT INTO story_fts (rowid, title, summary, situation, task, action, result, "
               "learning, cues, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(id.value, values[0], values[1], values[2], values[3], values[4], values[5], values[6],
            values[7], values[8])
        .exec();
}

void SearchIndex::removeStory(StoryId id)
{
    m_db.query("DELETE FROM story_fts WHERE rowid = ?").bind(id.value).exec();
}

void SearchIndex::reindexQuestion(QuestionId id)
{
    removeQuestion(id);
    indexNewQuestion(id);
}

void SearchIndex::indexNewQuestion(QuestionId id)
{
    QStringList values;
    {
        auto row = m_db.query("SELECT q.text, "
                              "(SELECT group_concat(text, char(10)) FROM (SELECT text FROM "
                              "question_variant WHERE question_id = q.id ORDER BY position)), "
                              "q.notes FROM question q WHERE q.id = ?");
        row.bind(id.value);
        if (!row.next())
            return;
        for (int column = 0; column < 3; ++column)
            values.append(row.text(column));
    }
    m_db.query("INSERT INTO question_fts (rowid, text, variants, notes) VALUES (?, ?, ?, ?)")
        .bind(id.value, values[0], values[1], values[2])
        .exec();
}

void SearchIndex::removeQuestion(QuestionId id)
{
    m_db.query("DELETE FROM question_fts WHERE rowid = ?").bind(id.value).exec();
}

void SearchIndex::purgeRemovedText()
{
    m_db.execScript("INSERT INTO story_fts (story_fts) VALUES ('optimize');\n"
                    "INSERT INTO question_fts (question_fts) VALUES ('optimize');");
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
    // Scores of two FTS tables are not comparable (each has its own word statistics), so the
    // user's stories are listed first rather than lost among the starter questions.
    return searchTable(kStories, query, limit) + searchTable(kQuestions, query, limit);
}

QList<int64_t> SearchIndex::matching(
    const IdQueries& sql, const QString& text, SearchScope scope) const
{
    const SearchQuery query = SearchQuery::parse(text);
    QList<int64_t> ids;
    if (query.isEmpty())
        return ids;
    const bool headline = scope == SearchScope::Headline;
    const bool withText = !query.literals.isEmpty();
    const char* statement = nullptr;
    if (query.match.isEmpty()) // only literal words: no index to ask, every text is read
        statement = headline ? sql.headlineScan : sql.textScan;
    else if (!withText)
        statement = sql.ids;
    else
        statement = headline ? sql.idsWithHeadline : sql.idsWithText;
    auto rows = m_db.query(statement);
    if (!query.match.isEmpty()) {
        // FTS5's column filter: every word must then be found in these columns.
        rows.bind(headline
                ? QStringLiteral("{%1} : (%2)").arg(QLatin1String(sql.headlineColumns), query.match)
                : query.match);
    }
    while (rows.next()) {
        if (!withText || query.literalsIn(rows.text(1)))
            ids.append(rows.integer(0));
    }
    return ids;
}

QList<StoryId> SearchIndex::matchingStories(const QString& text, SearchScope scope) const
{
    QList<StoryId> ids;
    for (int64_t id : matching(kStoryIdQueries, text, scope))
        ids.append(StoryId(id));
    return ids;
}

QList<QuestionId> SearchIndex::matchingQuestions(const QString& text, SearchScope scope) const
{
    QList<QuestionId> ids;
    for (int64_t id : matching(kQuestionIdQueries, text, scope))
        ids.append(QuestionId(id));
    return ids;
}

QList<SearchHit> SearchIndex::searchTable(
    const Table& table, const SearchQuery& query, int limit) const
{
    QList<SearchHit> hits;
    const bool indexed = !query.match.isEmpty();
    const bool withText = !query.literals.isEmpty();
    auto rows =
        m_db.query(indexed ? (withText ? table.matchWithTextSql : table.matchSql) : table.scanSql);
    if (indexed)
        rows.bind(query.match, int64_t(withText ? -1 : limit));
    while (hits.size() < limit && rows.next()) {
        const QString fullText = withText ? rows.text(4) : QString();
        if (withText && !query.literalsIn(fullText))
            continue;
        QString snippet;
        if (!indexed)
            snippet = ownSnippet(fullText, query.literals);
        else if (const QString longText = rows.text(5); !longText.isEmpty())
            snippet = ownSnippet(longText, query.words);
        else
            snippet = rows.text(2);
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

#include "core/store/SearchIndex.h"

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

bool hasWordCharacter(const QString& token)
{
    return std::any_of(
        token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber() || c.isMark(); });
}

// For LIKE ... ESCAPE '\': % and _ and \ stand for themselves.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

void sortAndTrim(QList<SearchHit>& hits, int limit)
{
    std::stable_sort(hits.begin(), hits.end(),
        [](const SearchHit& a, const SearchHit& b) { return a.score < b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
}

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

QString SearchIndex::matchExpression(const QString& text)
{
    // Each word becomes a quoted FTS5 string (inner quotes doubled), so no character the user
    // types can act as FTS5 syntax; the trailing * makes it a prefix search.
    QStringList terms;
    for (const QString& word :
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!hasWordCharacter(word))
            continue;
        QString quoted = word;
        quoted.replace(u'"', QLatin1String("\"\""));
        terms.append(u'"' + quoted + QLatin1String("\"*"));
    }
    return terms.join(u' ');
}

QList<SearchHit> SearchIndex::search(const QString& text, int limit) const
{
    if (text.trimmed().isEmpty() || limit <= 0)
        return {};
    const QString expression = matchExpression(text);
    // Text with no word in it ("%", "_", "—") is not in the word index: look for it as it is.
    return expression.isEmpty() ? searchLiterally(text.trimmed(), limit)
                                : searchIndex(expression, limit);
}

QList<SearchHit> SearchIndex::searchIndex(const QString& expression, int limit) const
{
    QList<SearchHit> hits;
    auto stories = m_db.query(
        "SELECT rowid, title, snippet(story_fts, -1, char(2), char(3), '…', 16), " STORY_RANK
        " AS score FROM story_fts WHERE story_fts MATCH ? ORDER BY score LIMIT ?");
    stories.bind(expression, limit);
    while (stories.next())
        hits.append({SearchHit::Kind::Story, stories.integer(0), stories.text(1), stories.text(2),
            stories.real(3)});
    auto questions = m_db.query(
        "SELECT rowid, text, snippet(question_fts, -1, char(2), char(3), '…', 16), " QUESTION_RANK
        " AS score FROM question_fts WHERE question_fts MATCH ? ORDER BY score LIMIT ?");
    questions.bind(expression, limit);
    while (questions.next())
        hits.append({SearchHit::Kind::Question, questions.integer(0), questions.text(1),
            questions.text(2), questions.real(3)});
    sortAndTrim(hits, limit);
    return hits;
}

QList<SearchHit> SearchIndex::searchLiterally(const QString& text, int limit) const
{
    const QString pattern = likePattern(text);
    QList<SearchHit> hits;
    auto stories = m_db.query(
        "SELECT id, title, summary FROM story WHERE title LIKE ?1 ESCAPE '\\' "
        "OR summary LIKE ?1 ESCAPE '\\' OR situation LIKE ?1 ESCAPE '\\' "
        "OR task LIKE ?1 ESCAPE '\\' OR action LIKE ?1 ESCAPE '\\' "
        "OR result LIKE ?1 ESCAPE '\\' OR learning LIKE ?1 ESCAPE '\\' ORDER BY id LIMIT ?2");
    stories.bind(pattern, limit);
    while (stories.next())
        hits.append(
            {SearchHit::Kind::Story, stories.integer(0), stories.text(1), stories.text(2), 0});
    auto questions =
        m_db.query("SELECT id, text, notes FROM question WHERE text LIKE ?1 ESCAPE '\\' "
                   "OR notes LIKE ?1 ESCAPE '\\' ORDER BY id LIMIT ?2");
    questions.bind(pattern, limit);
    while (questions.next())
        hits.append({SearchHit::Kind::Question, questions.integer(0), questions.text(1),
            questions.text(2), 0});
    sortAndTrim(hits, limit);
    return hits;
}

QStringList SearchIndex::problems() const
{
    QStringList found;
    const auto countOf = [this](const char* sql) {
        auto query = m_db.query(sql);
        query.next();
        return query.integer(0);
    };
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
    } catch (const std::exception&) {
        found.append(
            QCoreApplication::translate("sb::SearchIndex", "The search index is damaged."));
    }
    return found;
}

} // namespace sb

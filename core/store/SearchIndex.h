#pragma once

#include "core/model/Id.h"
#include "core/model/SearchHit.h"
#include "core/store/SearchQuery.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// The FTS5 index over stories (title, summary, sections, cues, tags) and questions (text,
// variants, notes). The Bank re-indexes a row inside the same transaction as every write to it.
class SearchIndex {
public:
    explicit SearchIndex(Database& db) : m_db(db) { }

    void reindexStory(StoryId id); // reads the story's current rows; removes it if gone
    // For a row just inserted, which has no index entry yet: the INSERT alone. A DELETE before
    // each INSERT makes FTS5 write out its pending terms for every row, which made importing
    // thousands of stories twice as slow.
    void indexNewStory(StoryId id);
    void indexNewQuestion(QuestionId id);
    void removeStory(StoryId id);
    void reindexQuestion(QuestionId id);
    void removeQuestion(QuestionId id);
    void rebuild();
    // Merges each index into one segment, which drops the words of removed rows that FTS5
    // otherwise keeps in older segments (and so in the file) until it merges them itself.
    void purgeRemovedText();

    // Stories first, best match first, then questions the same way; at most limit of each.
    // Every word must match, each as a prefix ("lead" finds "leadership"), and text is taken
    // literally: quotes, *, AND, NEAR, %, _ have no power (see SearchQuery).
    QList<SearchHit> search(const QString& text, int limit) const;
    // Every story search() finds for text, or only those where every word is in the title,
    // hook or tags, in id order without ranking or snippets: cheap enough for a list that
    // shows all matches as the user types.
    QList<StoryId> matchingStories(const QString& text, SearchScope scope) const;
    QList<QuestionId> matchingQuestions(const QString& text, SearchScope scope) const;

    // Empty when the index agrees with the tables; otherwise what is wrong.
    QStringList problems() const;

public:
    struct Table; // the SQL for one indexed table
    struct IdQueries; // the SQL for matching ids of one indexed table

private:
    QList<int64_t> matching(const IdQueries& sql, const QString& text, SearchScope scope) const;
    QList<SearchHit> searchTable(const Table& table, const SearchQuery& query, int limit) const;

    Database& m_db;
};

} // namespace sb

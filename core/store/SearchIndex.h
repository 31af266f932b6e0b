#pragma once

#include "core/model/Id.h"
#include "core/model/SearchHit.h"

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
    void removeStory(StoryId id);
    void reindexQuestion(QuestionId id);
    void removeQuestion(QuestionId id);
    void rebuild();

    // Best matches first. Every word of text must match, each as a prefix ("lead" finds
    // "leadership"); text is taken literally, so quotes, *, AND, NEAR, %, _ have no power.
    QList<SearchHit> search(const QString& text, int limit) const;

    // The FTS5 MATCH expression for what a user typed; empty when nothing in it is a word.
    static QString matchExpression(const QString& text);

    // Empty when the index agrees with the tables; otherwise what is wrong.
    QStringList problems() const;

private:
    QList<SearchHit> searchIndex(const QString& expression, int limit) const;
    QList<SearchHit> searchLiterally(const QString& text, int limit) const;

    Database& m_db;
};

} // namespace sb

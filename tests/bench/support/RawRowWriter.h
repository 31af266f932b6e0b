#pragma once

#include "core/exchange/ImportDocument.h"
#include "tests/bench/support/RawDatabase.h"

#include <QHash>

namespace sb::bench {

// The import floor's writing half: the rows documents make (categories, tags, questions,
// stories with their cues, labels and search-index rows, links), inserted with prepared
// statements in one transaction. Names are matched exactly; the floor need not be clever.
class RawRowWriter {
public:
    explicit RawRowWriter(RawDatabase& db);
    ~RawRowWriter();
    RawRowWriter(const RawRowWriter&) = delete;
    RawRowWriter& operator=(const RawRowWriter&) = delete;

    void write(const QList<ImportDocument>& documents);

private:
    int64_t category(const QString& name);
    int64_t tag(const QString& name);
    int64_t question(const ImportedQuestion& imported);
    int64_t story(const ImportedStory& imported);
    void bindText(sqlite3_stmt* statement, int column, const QString& text);
    // (parent, position, text) rows: cues, variants.
    void insertPositioned(sqlite3_stmt* statement, int64_t parent, const QStringList& texts);
    // (first, second) rows: labels of a story or question.
    void insertPair(sqlite3_stmt* statement, int64_t first, int64_t second);

    RawDatabase& m_db;
    QHash<QString, int64_t> m_categories;
    QHash<QString, int64_t> m_tags;
    QHash<QString, int64_t> m_questions;
    QList<QByteArray> m_bound; // keeps bound UTF-8 alive until the statement has run
    sqlite3_stmt* m_category;
    sqlite3_stmt* m_tag;
    sqlite3_stmt* m_question;
    sqlite3_stmt* m_variant;
    sqlite3_stmt* m_questionCategory;
    sqlite3_stmt* m_questionFts;
    sqlite3_stmt* m_story;
    sqlite3_stmt* m_cue;
    sqlite3_stmt* m_storyTag;
    sqlite3_stmt* m_storyCategory;
    sqlite3_stmt* m_storyFts;
    sqlite3_stmt* m_link;
};

} // namespace sb::bench

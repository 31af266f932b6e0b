// Search: the Bank's search over the big bank for 100 fixed queries, against the same FTS5
// MATCH queries through the SQLite C API.

#include "tests/bench/Benchmarks.h"

#include "core/Bank.h"
#include "core/store/SearchQuery.h"
#include "tests/bench/support/PairTable.h"
#include "tests/bench/support/RawDatabase.h"
#include "tests/bench/support/SyntheticText.h"

#include <benchmark/benchmark.h>

namespace sb::bench {

namespace {

constexpr int kLimit = 50; // Bank::search's default, what the CLI and pickers ask for

// A third single-word prefixes ("dead"), a third two whole words, a third a word and a prefix.
QStringList searchQueries()
{
    SyntheticText text(7);
    const auto longWord = [&text] {
        QString word;
        while (word.size() < 4 || !word.at(0).isLetter())
            word = text.word();
        return word.toLower();
    };
    QStringList queries;
    for (int i = 0; i < 100; ++i) {
        const QString first = longWord();
        if (i % 3 == 0)
            queries.append(first.left(std::max<qsizetype>(3, first.size() - 2)));
        else if (i % 3 == 1)
            queries.append(first + QLatin1Char(' ') + longWord());
        else
            queries.append(first + QLatin1Char(' ') + longWord().left(3));
    }
    return queries;
}

void ours(benchmark::State& state, const QString& path, const QStringList& queries)
{
    const auto bank = Bank::open(path);
    for (auto _ : state) {
        qsizetype hits = 0;
        for (const QString& query : queries)
            hits += bank->search(query, kLimit).size();
        benchmark::DoNotOptimize(hits);
    }
}

void floor(benchmark::State& state, const QString& path, const QStringList& queries)
{
    RawDatabase db(path);
    // The statements SearchIndex runs: FTS5's rank with the same column weights, so FTS5
    // sorts on its index and makes snippets only for the rows returned.
    sqlite3_stmt* stories =
        db.prepare("SELECT rowid, title, snippet(story_fts, -1, char(2), char(3), '…', 16), rank "
                   "FROM story_fts WHERE story_fts MATCH ?1 "
                   "AND rank MATCH 'bm25(10.0, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 4.0)' ORDER BY "
                   "rank LIMIT ?2");
    sqlite3_stmt* questions = db.prepare(
        "SELECT rowid, text, snippet(question_fts, -1, char(2), char(3), '…', 16), rank "
        "FROM question_fts WHERE question_fts MATCH ?1 AND rank MATCH 'bm25(4.0, 2.0, 1.0)' "
        "ORDER BY rank LIMIT ?2");
    // The same MATCH expressions the bank makes; building them is not SQLite's work.
    QList<QByteArray> matches;
    for (const QString& query : queries)
        matches.append(SearchQuery::parse(query).match.toUtf8());
    for (auto _ : state) {
        int hits = 0;
        for (const QByteArray& match : std::as_const(matches)) {
            for (sqlite3_stmt* statement : {stories, questions}) {
                sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), nullptr);
                sqlite3_bind_int(statement, 2, kLimit);
                hits += db.run(statement);
            }
        }
        benchmark::DoNotOptimize(hits);
    }
    sqlite3_finalize(stories);
    sqlite3_finalize(questions);
}

} // namespace

void registerSearchBenchmarks(const BenchFixture& fixture)
{
    const QStringList queries = searchQueries();
    benchmark::RegisterBenchmark("search/ours", ours, fixture.bigBank, queries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(1.0);
    benchmark::RegisterBenchmark("search/floor", floor, fixture.bigBank, queries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(1.0);
    PairTable::add({QStringLiteral("search"), "search/ours", "search/floor", {},
        QStringLiteral("ms for 100 queries"), PairGoal::ratioAtMost(1.2)});
}

} // namespace sb::bench

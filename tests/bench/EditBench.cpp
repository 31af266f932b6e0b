// Edit commit: one story-section edit through the Bank (validation, the row and its cues, tags
// and categories, the search index, the change signal), against the raw UPDATEs of the same
// edit (the story's row and its search-index row: a floor that left the index stale would not
// be the same edit) and COMMIT, with the same pragmas.

#include "tests/bench/Benchmarks.h"

#include "core/Bank.h"
#include "tests/bench/support/PairTable.h"
#include "tests/bench/support/RawDatabase.h"

#include <benchmark/benchmark.h>

#include <QDateTime>
#include <QFile>

namespace sb::bench {

namespace {

// Each side edits its own copy of the big bank, so neither sees the other's pages cached.
QString copyOf(const BenchFixture& fixture, const QString& name)
{
    const QString path = fixture.scratch(name);
    if (!QFile::copy(fixture.bigBank, path))
        throw std::runtime_error("cannot copy the bank for the edit benchmark");
    return path;
}

// A sentence typed at the end of the action, different each time so every write changes it.
QString edited(const QString& action, int64_t round)
{
    return action + QStringLiteral(" Then I measured it again, round %1.").arg(round);
}

void ours(benchmark::State& state, const BenchFixture& fixture)
{
    const auto bank = Bank::open(copyOf(fixture, QStringLiteral("edit-ours.storybank")));
    Story story = *bank->story(StoryId(fixture.bigBankStories / 2));
    const QString action = story.action;
    int64_t round = 0;
    for (auto _ : state) {
        story.action = edited(action, ++round);
        bank->updateStory(story);
    }
}

void floor(benchmark::State& state, const BenchFixture& fixture)
{
    RawDatabase db(copyOf(fixture, QStringLiteral("edit-floor.storybank")));
    const int64_t id = fixture.bigBankStories / 2;
    sqlite3_stmt* read = db.prepare("SELECT action FROM story WHERE id = ?1");
    sqlite3_bind_int64(read, 1, id);
    sqlite3_step(read);
    const QString action = QString::fromUtf8(
        reinterpret_cast<const char*>(sqlite3_column_text(read, 0)), sqlite3_column_bytes(read, 0));
    sqlite3_finalize(read);
    sqlite3_stmt* begin = db.prepare("BEGIN");
    sqlite3_stmt* update =
        db.prepare("UPDATE story SET action = ?1, updated_at = ?2 WHERE id = ?3");
    sqlite3_stmt* index = db.prepare("UPDATE story_fts SET action = ?1 WHERE rowid = ?2");
    sqlite3_stmt* commit = db.prepare("COMMIT");
    int64_t round = 0;
    for (auto _ : state) {
        const QByteArray text = edited(action, ++round).toUtf8();
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        db.run(begin);
        sqlite3_bind_text(update, 1, text.constData(), int(text.size()), nullptr);
        sqlite3_bind_text(update, 2, now.constData(), int(now.size()), nullptr);
        sqlite3_bind_int64(update, 3, id);
        db.run(update);
        sqlite3_bind_text(index, 1, text.constData(), int(text.size()), nullptr);
        sqlite3_bind_int64(index, 2, id);
        db.run(index);
        db.run(commit);
    }
    for (sqlite3_stmt* statement : {begin, update, index, commit})
        sqlite3_finalize(statement);
}

} // namespace

void registerEditBenchmarks(const BenchFixture& fixture)
{
    benchmark::RegisterBenchmark("edit_commit/ours", ours, fixture)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(1.0);
    benchmark::RegisterBenchmark("edit_commit/floor", floor, fixture)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(1.0);
    PairTable::add({QStringLiteral("edit_commit"), "edit_commit/ours", "edit_commit/floor", {},
        QStringLiteral("ms per edit"), PairGoal::ratioAtMost(1.2)});
}

} // namespace sb::bench

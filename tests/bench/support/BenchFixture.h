#pragma once

#include <QString>

namespace sb::bench {

// What every benchmark works on, made once per run before any is timed: the banks and the
// folder of notes, in a work folder on the same disk as a user's bank (not a RAM disk, where
// a commit would cost nothing).
struct BenchFixture {
    bool smoke = false; // 1k instead of 10k: proves the suite still runs, judges nothing
    QString workDir;
    QString bigBank; // 10k (smoke: 1k) stories, 2 questions each
    int bigBankStories = 0;
    QString coverageBank; // 2,000 stories and 5,000 questions (smoke: a tenth)
    int coverageStories = 0;
    int coverageQuestions = 0;
    QString sheetBank; // 50 ready stories among 150
    QString notesFolder; // 10 MB of Markdown notes (smoke: 1 MB)
    qint64 notesBytes = 0;
    QString probeDir; // where the first-window probe programs are

    // Path of a fresh file name in the work folder, for a benchmark's own copies.
    QString scratch(const QString& name) const;
};

} // namespace sb::bench

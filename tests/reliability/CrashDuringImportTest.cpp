#include "tests/reliability/BankChildProcess.h"
#include "tests/support/TempBank.h"

#include <QDir>
#include <QThread>

namespace sb::test {
namespace {

constexpr int kNotes = 800;
constexpr int kStoriesBefore = 3;

// A folder of kNotes Markdown notes, one story each, a few kilobytes apiece.
void writeNotes(const QString& folder)
{
    ASSERT_TRUE(QDir().mkpath(folder));
    for (int n = 1; n <= kNotes; ++n) {
        QString text = QStringLiteral("# Imported story %1\n\n").arg(n);
        for (const char* section : {"Situation", "Task", "Action", "Result"}) {
            text += QStringLiteral("## %1\n\n").arg(QLatin1String(section));
            text += QStringLiteral("Note %1 says what happened in words of its own. ")
                        .arg(n)
                        .repeated(12);
            text += QStringLiteral("\n\n");
        }
        TempBankTest::writeAll(QStringLiteral("%1/note-%2.md").arg(folder).arg(n), text.toUtf8());
    }
}

// Guarantee 2: an import killed part-way leaves the bank exactly as it was, or holds all of it;
// never some of the notes. The kills land at several moments into the import.
class CrashDuringImportTest : public TempBankTest { };

TEST_F(CrashDuringImportTest, AKilledImportLeavesAllOrNothing)
{
    const QString folder = pathFor(QStringLiteral("notes"));
    writeNotes(folder);
    int killedPartWay = 0;
    for (const int delayMs : {0, 100, 250, 500, 1000, 2000}) {
        SCOPED_TRACE(testing::Message() << "killed " << delayMs << " ms into the import");
        const QString path = pathFor(QStringLiteral("bank-%1.storybank").arg(delayMs));
        {
            auto before = Bank::create(path, {.starterCatalog = false});
            for (int n = 1; n <= kStoriesBefore; ++n)
                before->addStory(sampleStory(QStringLiteral("Mine %1").arg(n)));
        }
        BankChildProcess importer(QStringLiteral("import"), path, folder);
        ASSERT_TRUE(importer.waitForLines(1, 60000)) << "the importer never started";
        QThread::msleep(unsigned(delayMs));
        const bool stillImporting = importer.isRunning();
        importer.killNow();

        auto after = Bank::open(path);
        EXPECT_EQ(after->problems(), QStringList());
        const int stories = after->stats().stories;
        EXPECT_TRUE(stories == kStoriesBefore || stories == kStoriesBefore + kNotes)
            << stories << " stories: part of the import was kept";
        if (stillImporting && stories == kStoriesBefore)
            ++killedPartWay;
    }
    EXPECT_GT(killedPartWay, 0) << "no kill landed during an import; the test proved nothing";
}

} // namespace
} // namespace sb::test

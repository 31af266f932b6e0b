// The other process in the reliability tests.
//   storybank_bank_child write BANK COUNT   adds COUNT stories, printing each id once its
//                                           transaction has committed
//   storybank_bank_child hold BANK MS       takes the bank's write lock, says "holding", keeps
//                                           it MS milliseconds, then commits
//   storybank_bank_child copy BANK TARGET   copies the bank to TARGET over and over, saying
//                                           "copied" after each, until it is killed
//   storybank_bank_child import BANK FOLDER reads the notes in FOLDER, says "importing", imports
//                                           them as the CLI does, and says "imported N"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/exchange/ImportSources.h"
#include "tests/reliability/NumberedStory.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

namespace {

int writeStories(const QString& path, int count)
{
    auto bank = sb::Bank::open(path);
    for (int n = 1; n <= count; ++n) {
        const sb::StoryId id = bank->addStory(sb::test::numberedStory(n));
        std::printf("%lld %d\n", static_cast<long long>(id.value), n);
        std::fflush(stdout); // the parent must see the line before the next edit starts
    }
    return 0;
}

int holdWriteLock(const QString& path, int milliseconds)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return 1;
    // A real write, so the transaction holds the lock the way another program's would.
    if (sqlite3_exec(db,
            "BEGIN IMMEDIATE; UPDATE category SET description = description || '' "
            "WHERE id = (SELECT min(id) FROM category);",
            nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return 1;
    std::printf("holding\n");
    std::fflush(stdout);
    QThread::msleep(static_cast<unsigned long>(milliseconds));
    const bool committed = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return committed ? 0 : 1;
}

int importNotes(const QString& path, const QString& folder)
{
    auto bank = sb::Bank::open(path);
    const QList<sb::ImportDocument> documents = sb::ImportSources::readAll({folder});
    std::printf("importing\n");
    std::fflush(stdout);
    const sb::ImportSummary summary = bank->importDocuments(documents);
    std::printf("imported %d\n", summary.storiesAdded);
    return 0;
}

int copyForever(const QString& path, const QString& target)
{
    auto bank = sb::Bank::open(path);
    for (;;) {
        bank->saveCopy(target);
        std::printf("copied\n");
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    try {
        if (args[1] == QLatin1String("write"))
            return writeStories(args[2], args[3].toInt());
        if (args[1] == QLatin1String("hold"))
            return holdWriteLock(args[2], args[3].toInt());
        if (args[1] == QLatin1String("copy"))
            return copyForever(args[2], args[3]);
        if (args[1] == QLatin1String("import"))
            return importNotes(args[2], args[3]);
    } catch (const sb::BankError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 2;
}

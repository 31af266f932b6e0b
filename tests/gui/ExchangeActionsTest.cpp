// File › Import Notes and Export, driven through their actions with the dialogs replaced: the
// preview shows what will be added before anything is written, and a refusal changes nothing.
// Reading and exporting run on a worker, so each test waits for the action to finish; a
// cancelled one writes nothing.

#include "app/gui/exchange/ExchangeActions.h"
#include "app/gui/exchange/ImportPreviewDialog.h"
#include "tests/gui/DocumentTest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <QWidget>

namespace sb::test {
namespace {

const char* const kNotes = R"(## Leadership

### Tell me about a time you led without authority.

**Situation**: Two teams blocked each other on a shared API.

**Action**: I set up a weekly review and wrote the contract down.

**Result**: Integration bugs fell by 60% in a quarter.

### What would you do if your project lost its sponsor?
)";

// The preview's rows under a group whose title starts with prefix.
QStringList rowsOf(const QTreeWidget& tree, const QString& prefix, int column = 0)
{
    QStringList rows;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = tree.topLevelItem(i);
        if (!group->text(0).startsWith(prefix))
            continue;
        for (int j = 0; j < group->childCount(); ++j)
            rows.append(group->child(j)->text(column));
    }
    return rows;
}

class ExchangeActionsTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        actions = std::make_unique<gui::ExchangeActions>(*document, &window);
        actions->showProblem = [this](const QString&, const QString& message) {
            problems.append(message);
        };
        actions->askImportPaths = [this](gui::ExchangeActions::AskImport) { return importPaths; };
    }

    void TearDown() override { QThreadPool::globalInstance()->waitForDone(); }

    // Runs an import or export to its end, as the event loop would.
    template<typename Action> void runToEnd(Action action)
    {
        action();
        ASSERT_TRUE(QTest::qWaitFor([this] { return actions->task() == nullptr; }, 10000));
    }

    void importFiles()
    {
        runToEnd([this] { actions->importNotes(gui::ExchangeActions::AskImport::Files); });
    }

    void exportAs(ExportFormat format)
    {
        runToEnd([this, format] { actions->exportBank(format); });
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        writeAll(pathFor(name), bytes);
        return pathFor(name);
    }

    QWidget window;
    std::unique_ptr<gui::ExchangeActions> actions;
    QStringList importPaths;
    QStringList problems;
};

TEST_F(ExchangeActionsTest, PreviewShowsWhatWillBeAddedBeforeAnythingIsWritten)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    int questionsDuringPreview = -1;
    QStringList questionRows;
    QStringList questionPlaces;
    actions->confirmPreview = [&](gui::ImportPreviewDialog& preview) {
        questionsDuringPreview = int(document->bank().questions().size());
        questionRows = rowsOf(*preview.tree(), QStringLiteral("Questions"));
        questionPlaces = rowsOf(*preview.tree(), QStringLiteral("Questions"), 1);
        EXPECT_TRUE(preview.canImport());
        EXPECT_EQ(preview.summary().questionsAdded, 2);
        EXPECT_EQ(preview.summary().storiesAdded, 1);
        return true;
    };
    QSignalSpy finished(actions.get(), &gui::ExchangeActions::finished);

    importFiles();

    EXPECT_EQ(questionsDuringPreview, 0);
    EXPECT_EQ(questionRows,
        (QStringList {QStringLiteral("Tell me about a time you led without authority."),
            QStringLiteral("What would you do if your project lost its sponsor?")}));
    ASSERT_EQ(questionPlaces.size(), 2);
    EXPECT_EQ(questionPlaces[0], QStringLiteral("lead.md:3"));
    EXPECT_EQ(document->bank().questions().size(), 2);
    EXPECT_EQ(document->bank().stories().size(), 1);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(ExchangeActionsTest, CancellingThePreviewWritesNothing)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return false; };
    importFiles();
    EXPECT_TRUE(document->bank().questions().isEmpty());
    EXPECT_TRUE(document->bank().stories().isEmpty());
}

TEST_F(ExchangeActionsTest, PreviewMarksWhatTheBankHasAlready)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return true; };
    importFiles();

    bool offered = true;
    QStringList states;
    actions->confirmPreview = [&](gui::ImportPreviewDialog& preview) {
        offered = preview.canImport();
        states = rowsOf(*preview.tree(), QStringLiteral("Questions"), 3);
        return true;
    };
    importFiles();
    EXPECT_FALSE(offered);
    EXPECT_EQ(
        states, (QStringList {QStringLiteral("Already there"), QStringLiteral("Already there")}));
    EXPECT_EQ(document->bank().questions().size(), 2);
}

TEST_F(ExchangeActionsTest, ARefusedFileIsReportedAndNothingIsImported)
{
    importPaths = {write(QStringLiteral("good.md"), kNotes),
        write(QStringLiteral("bad.md"), QByteArray("### Why us?\n\nNUL\0here\n", 22))};
    bool previewed = false;
    actions->confirmPreview = [&](gui::ImportPreviewDialog&) {
        previewed = true;
        return true;
    };
    importFiles();
    EXPECT_FALSE(previewed);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("bad.md"))) << problems[0].toStdString();
    EXPECT_TRUE(document->bank().questions().isEmpty());
}

TEST_F(ExchangeActionsTest, ExportWritesTheChosenFormatAndAddsTheEnding)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return true; };
    importFiles();

    actions->askExportPath = [this](ExportFormat) { return pathFor(QStringLiteral("bank")); };
    exportAs(ExportFormat::Json);
    const QJsonObject exported =
        QJsonDocument::fromJson(readAll(pathFor(QStringLiteral("bank.json")))).object();
    EXPECT_EQ(exported.value(QStringLiteral("format")).toString(), QStringLiteral("storybank"));

    exportAs(ExportFormat::Markdown);
    EXPECT_TRUE(QString::fromUtf8(readAll(pathFor(QStringLiteral("bank.md"))))
                    .contains(QStringLiteral("Tell me about a time you led without authority.")));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(ExchangeActionsTest, FolderExportIntoAFolderWithFilesIsRefused)
{
    QDir().mkpath(pathFor(QStringLiteral("docs")));
    write(QStringLiteral("docs/keep.txt"), "keep me\n");
    actions->askExportPath = [this](ExportFormat) { return pathFor(QStringLiteral("docs")); };
    exportAs(ExportFormat::MarkdownFolder);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("not empty"))) << problems[0].toStdString();
    EXPECT_EQ(readAll(pathFor(QStringLiteral("docs/keep.txt"))), QByteArray("keep me\n"));
    EXPECT_FALSE(QFile::exists(pathFor(QStringLiteral("docs/index.md"))));
}

TEST_F(ExchangeActionsTest, CancellingTheReadingShowsNoPreviewAndImportsNothing)
{
    for (int i = 0; i < 20; ++i)
        importPaths.append(write(QStringLiteral("note%1.md").arg(i), kNotes));
    bool previewed = false;
    actions->confirmPreview = [&](gui::ImportPreviewDialog&) {
        previewed = true;
        return true;
    };
    QSignalSpy finished(actions.get(), &gui::ExchangeActions::finished);

    actions->importNotes(gui::ExchangeActions::AskImport::Files);
    ASSERT_NE(actions->task(), nullptr) << "the notes are read on a worker";
    actions->task()->cancel();
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);

    EXPECT_EQ(actions->task(), nullptr);
    EXPECT_FALSE(previewed);
    EXPECT_TRUE(document->bank().questions().isEmpty());
    EXPECT_TRUE(document->bank().stories().isEmpty());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().first().toString().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(problems.isEmpty());
}

TEST_F(ExchangeActionsTest, ExportReadsTheBankBesideTheOpenConnection)
{
    // Written on the GUI's connection just before: the worker's own connection sees it.
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return true; };
    importFiles();
    QSignalSpy finished(actions.get(), &gui::ExchangeActions::finished);
    actions->askExportPath = [this](ExportFormat) { return pathFor(QStringLiteral("out.json")); };

    exportAs(ExportFormat::Json);

    const QJsonObject exported =
        QJsonDocument::fromJson(readAll(pathFor(QStringLiteral("out.json")))).object();
    EXPECT_EQ(exported.value(QStringLiteral("stories")).toArray().size(), 1);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().first().toString().startsWith(QStringLiteral("Exported")));
    // The bank stays usable here afterwards.
    Story story = sampleStory(QStringLiteral("After the export"));
    document->bank().addStory(story);
    EXPECT_EQ(document->bank().stories().size(), 2);
}

TEST_F(ExchangeActionsTest, ACancelledExportWritesNoFile)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return true; };
    importFiles();
    for (const ExportFormat format :
        {ExportFormat::Json, ExportFormat::Markdown, ExportFormat::MarkdownFolder}) {
        const QString path = pathFor(format == ExportFormat::MarkdownFolder
                ? QStringLiteral("folder")
                : QStringLiteral("out%1").arg(int(format)));
        actions->askExportPath = [path](ExportFormat) { return path; };
        QSignalSpy finished(actions.get(), &gui::ExchangeActions::finished);

        // Every pool thread is kept busy until the cancel, so the export cannot finish before
        // it however the machine schedules threads (under load it sometimes did).
        QThreadPool* pool = QThreadPool::globalInstance();
        QSemaphore hold;
        for (int n = 0; n < pool->maxThreadCount(); ++n)
            pool->start([&hold] { hold.acquire(); });
        actions->exportBank(format);
        ASSERT_NE(actions->task(), nullptr);
        actions->task()->cancel();
        hold.release(pool->maxThreadCount());
        pool->waitForDone();

        EXPECT_EQ(finished.count(), 1);
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".json")));
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".md")));
        EXPECT_FALSE(QFileInfo::exists(path));
        EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("out*")}), QStringList());
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

} // namespace
} // namespace sb::test

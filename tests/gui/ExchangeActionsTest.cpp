// File › Import Notes and Export, driven through their actions with the dialogs replaced: the
// preview shows what will be added before anything is written, and a refusal changes nothing.

#include "app/gui/exchange/ExchangeActions.h"
#include "app/gui/exchange/ImportPreviewDialog.h"
#include "tests/gui/DocumentTest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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

    actions->importNotes(gui::ExchangeActions::AskImport::Files);

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
    actions->importNotes(gui::ExchangeActions::AskImport::Files);
    EXPECT_TRUE(document->bank().questions().isEmpty());
    EXPECT_TRUE(document->bank().stories().isEmpty());
}

TEST_F(ExchangeActionsTest, PreviewMarksWhatTheBankHasAlready)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return true; };
    actions->importNotes(gui::ExchangeActions::AskImport::Files);

    bool offered = true;
    QStringList states;
    actions->confirmPreview = [&](gui::ImportPreviewDialog& preview) {
        offered = preview.canImport();
        states = rowsOf(*preview.tree(), QStringLiteral("Questions"), 3);
        return true;
    };
    actions->importNotes(gui::ExchangeActions::AskImport::Files);
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
    actions->importNotes(gui::ExchangeActions::AskImport::Files);
    EXPECT_FALSE(previewed);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("bad.md"))) << problems[0].toStdString();
    EXPECT_TRUE(document->bank().questions().isEmpty());
}

TEST_F(ExchangeActionsTest, ExportWritesTheChosenFormatAndAddsTheEnding)
{
    importPaths = {write(QStringLiteral("lead.md"), kNotes)};
    actions->confirmPreview = [](gui::ImportPreviewDialog&) { return true; };
    actions->importNotes(gui::ExchangeActions::AskImport::Files);

    actions->askExportPath = [this](ExportFormat) { return pathFor(QStringLiteral("bank")); };
    actions->exportBank(ExportFormat::Json);
    const QJsonObject exported =
        QJsonDocument::fromJson(readAll(pathFor(QStringLiteral("bank.json")))).object();
    EXPECT_EQ(exported.value(QStringLiteral("format")).toString(), QStringLiteral("storybank"));

    actions->exportBank(ExportFormat::Markdown);
    EXPECT_TRUE(QString::fromUtf8(readAll(pathFor(QStringLiteral("bank.md"))))
                    .contains(QStringLiteral("Tell me about a time you led without authority.")));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(ExchangeActionsTest, FolderExportIntoAFolderWithFilesIsRefused)
{
    QDir().mkpath(pathFor(QStringLiteral("docs")));
    write(QStringLiteral("docs/keep.txt"), "keep me\n");
    actions->askExportPath = [this](ExportFormat) { return pathFor(QStringLiteral("docs")); };
    actions->exportBank(ExportFormat::MarkdownFolder);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("not empty"))) << problems[0].toStdString();
    EXPECT_EQ(readAll(pathFor(QStringLiteral("docs/keep.txt"))), QByteArray("keep me\n"));
    EXPECT_FALSE(QFile::exists(pathFor(QStringLiteral("docs/index.md"))));
}

} // namespace
} // namespace sb::test

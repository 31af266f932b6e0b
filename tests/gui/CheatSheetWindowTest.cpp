#include "app/gui/sheet/CheatSheetWindow.h"
#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "app/gui/sheet/SheetOptionsPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QThreadPool>

namespace sb::test {
namespace {

using namespace sb::gui;

class CheatSheetWindowTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        Category made;
        made.name = QStringLiteral("Conflict");
        conflict = bank.addCategory(made);
        made.name = QStringLiteral("Failure");
        failure = bank.addCategory(made);
        addStory(QStringLiteral("Settled a dispute"), conflict, StoryStatus::Ready);
        addStory(QStringLiteral("Owned an outage"), failure, StoryStatus::Ready);
        addStory(QStringLiteral("Half-written draft"), failure, StoryStatus::Draft);
    }

    void addStory(const QString& title, CategoryId category, StoryStatus status)
    {
        Story story = sampleStory(title);
        story.categories = {category};
        story.status = status;
        document->bank().addStory(story);
    }

    static QStringList titles(const CheatSheet& sheet)
    {
        QStringList result;
        for (const SheetCategory& category : sheet.categories) {
            for (const SheetStory& story : category.stories)
                result.append(story.title);
        }
        return result;
    }

    static void tick(QListWidget* list, const QString& text)
    {
        const QList<QListWidgetItem*> found = list->findItems(text, Qt::MatchExactly);
        ASSERT_EQ(found.size(), 1);
        found.first()->setCheckState(Qt::Checked);
    }

    CategoryId conflict, failure;
};

TEST_F(CheatSheetWindowTest, OpensWithTheReadyStoriesFittedOnOnePage)
{
    CheatSheetWindow window(document->bank());
    EXPECT_EQ(titles(window.sheet()),
        (QStringList {QStringLiteral("Settled a dispute"), QStringLiteral("Owned an outage")}));
    EXPECT_TRUE(window.fit().fits);
    EXPECT_EQ(window.fit().pageCount, 1);
    EXPECT_TRUE(window.statusLabel()->text().startsWith(QStringLiteral("Fitted at")));
}

TEST_F(CheatSheetWindowTest, ChoicesReshapeTheSheet)
{
    CheatSheetWindow window(document->bank());
    tick(window.options()->categoryList(), QStringLiteral("Failure"));
    window.options()->readyOnly()->setChecked(false);
    window.refresh();
    // Equal ratings: by title.
    EXPECT_EQ(titles(window.sheet()),
        (QStringList {QStringLiteral("Half-written draft"), QStringLiteral("Owned an outage")}));
}

TEST_F(CheatSheetWindowTest, ChoicesAreAppliedAfterAShortPauseWithoutAsking)
{
    CheatSheetWindow window(document->bank());
    tick(window.options()->categoryList(), QStringLiteral("Conflict"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return titles(window.sheet()).size() == 1; }, 2000));
}

TEST_F(CheatSheetWindowTest, NothingMatchingSaysWhyAndOffersNoOutput)
{
    CheatSheetWindow window(document->bank());
    tick(window.options()->categoryList(), QStringLiteral("Conflict"));
    Story story = *document->bank().story(StoryId(1));
    story.status = StoryStatus::Draft;
    document->bank().updateStory(story);
    window.refresh();
    EXPECT_TRUE(window.statusLabel()->text().contains(QStringLiteral("No ready story")));
    for (QPushButton* button : window.findChildren<QPushButton*>()) {
        if (button->text().startsWith(QStringLiteral("Export"))) {
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
        }
    }
}

TEST_F(CheatSheetWindowTest, ExportWritesTheFormatTheNameAsksFor)
{
    CheatSheetWindow window(document->bank());
    const QString html = pathFor(QStringLiteral("sheet.html"));
    window.askPath = [&](const QString&, const QString&) { return html; };
    window.exportAs(QStringLiteral("html"));
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Settled a dispute")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("<!DOCTYPE html>"), Qt::CaseInsensitive));
    EXPECT_TRUE(window.statusLabel()->text().startsWith(QStringLiteral("Saved")));
}

TEST_F(CheatSheetWindowTest, PdfIsWrittenOffTheGuiThreadWithThePreviewsPages)
{
    CheatSheetWindow window(document->bank());
    const QString pdf = pathFor(QStringLiteral("sheet.pdf"));
    window.askPath = [&](const QString&, const QString&) { return pdf; };
    window.exportAs(QStringLiteral("pdf"));
    EXPECT_NE(window.task(), nullptr) << "the PDF is written on a worker";
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.task() == nullptr; }, 10000));
    const QByteArray bytes = readAll(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    // One page, as the preview: a PDF counts its pages in its page tree.
    EXPECT_TRUE(bytes.contains("/Count 1")) << "pages differ from the preview";
    EXPECT_TRUE(window.statusLabel()->text().startsWith(QStringLiteral("Saved")));
}

TEST_F(CheatSheetWindowTest, ACancelledPdfExportWritesNoFile)
{
    CheatSheetWindow window(document->bank());
    const QString pdf = pathFor(QStringLiteral("sheet.pdf"));
    window.exportTo(pdf);
    ASSERT_NE(window.task(), nullptr);
    window.task()->cancel();
    QThreadPool::globalInstance()->waitForDone();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("sheet*")}), QStringList());
    EXPECT_TRUE(window.statusLabel()->text().contains(QStringLiteral("cancelled")));
}

TEST_F(CheatSheetWindowTest, PrintShortcutOpensItFromTheMainWindow)
{
    MainWindow main(*document);
    main.show();
    QApplication::setActiveWindow(&main);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&main));
    QTest::keyClick(&main, Qt::Key_P, Qt::ControlModifier);
    const auto windows = main.findChildren<CheatSheetWindow*>();
    ASSERT_EQ(windows.size(), 1);
    EXPECT_TRUE(windows.first()->isVisible());
    QTest::keyClick(&main, Qt::Key_P, Qt::ControlModifier); // again: the same window
    EXPECT_EQ(main.findChildren<CheatSheetWindow*>().size(), 1);
}

} // namespace
} // namespace sb::test

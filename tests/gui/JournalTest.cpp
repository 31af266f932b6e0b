#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NavigatorModel.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/journal/JournalEditor.h"
#include "app/gui/journal/JournalListModel.h"
#include "app/gui/journal/JournalListPane.h"
#include "app/gui/journal/JournalSection.h"
#include "app/gui/journal/QuickCaptureDialog.h"
#include "app/gui/journal/StoryOriginLabel.h"
#include "app/gui/undo/RemoveStoryCommand.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

namespace sb::test {
namespace {

using namespace sb::gui;
using Section = NavigatorModel::Section;

JournalEntry entry(
    const QString& title, QDate date, int impact = 0, int scope = 0, int involvement = 0)
{
    JournalEntry made;
    made.title = title;
    made.date = date;
    made.impact = impact;
    made.scope = scope;
    made.involvement = involvement;
    return made;
}

class JournalTest : public DocumentTest {
protected:
    void SetUp() override { openDocument(false); }

    MainWindow& openWindow()
    {
        window = std::make_unique<MainWindow>(*document);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    JournalEntryId add(const JournalEntry& made) { return document->bank().addJournalEntry(made); }

    std::unique_ptr<MainWindow> window;
};

TEST_F(JournalTest, QuickCaptureFromAnywhereSavesAnEntryDatedTodayAsOneUndoableStep)
{
    MainWindow& main = openWindow();
    main.editor()->setFocus(); // somewhere in the stories, far from the journal
    QTest::keyClick(&main, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = main.findChild<QuickCaptureDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    EXPECT_EQ(dialog->focusWidget(), dialog->titleEdit())
        << "keyboard first: typing starts the title";

    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Unblocked the data migration"));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Tab);
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("Found the lock; moved 2 TB overnight."));
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return, Qt::ControlModifier);

    const QList<JournalEntry> journal = document->bank().journal();
    ASSERT_EQ(journal.size(), 1);
    EXPECT_EQ(journal[0].title, QStringLiteral("Unblocked the data migration"));
    EXPECT_EQ(journal[0].details, QStringLiteral("Found the lock; moved 2 TB overnight."));
    EXPECT_EQ(journal[0].date, QDate::currentDate());
    EXPECT_EQ(main.section(), Section::Stories) << "the user stays where they were";

    document->undoStack().undo();
    EXPECT_TRUE(document->bank().journal().isEmpty());
}

TEST_F(JournalTest, EnterInTheTitleSavesAndEscapeCancels)
{
    MainWindow& main = openWindow();
    QuickCaptureDialog* dialog = main.journal()->quickCapture(&main);
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Escape);
    EXPECT_TRUE(document->bank().journal().isEmpty());

    dialog = main.journal()->quickCapture(&main);
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Mentored two new hires"));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    ASSERT_EQ(document->bank().journal().size(), 1);
    EXPECT_EQ(document->bank().journal()[0].title, QStringLiteral("Mentored two new hires"));
}

TEST_F(JournalTest, EditorWritesEveryFieldThroughTheBank)
{
    const JournalEntryId id = add(entry(QStringLiteral("Draft"), QDate(2025, 3, 3)));
    JournalEditor editor(*document);
    editor.setEntry(id);
    editor.show();

    editor.titleEdit()->setFocus();
    editor.titleEdit()->selectAll();
    QTest::keyClicks(editor.titleEdit(), QStringLiteral("Halved the build time"));
    editor.dateEdit()->setDate(QDate(2025, 2, 1));
    editor.periodCheck()->setChecked(true);
    editor.endDateEdit()->setDate(QDate(2025, 3, 31));
    editor.detailsEdit()->setFocus();
    QTest::keyClicks(editor.detailsEdit(), QStringLiteral("Profiled and cached the builds."));
    editor.metricsEdit()->setFocus();
    QTest::keyClicks(editor.metricsEdit(), QStringLiteral("40 min to 18 min"));
    editor.feedbackEdit()->setFocus();
    QTest::keyClicks(editor.feedbackEdit(), QStringLiteral("Best quarter for CI"));
    editor.tagsEdit()->setFocus();
    QTest::keyClicks(editor.tagsEdit(), QStringLiteral("performance, tooling,, Performance"));
    for (int which = 0; which < 3; ++which) {
        QComboBox* box = editor.ratingBox(which);
        box->setCurrentIndex(box->findData(3 + which));
        emit box->activated(box->currentIndex()); // as a user's choice does
    }
    ASSERT_TRUE(editor.commitPending());

    const JournalEntry stored = *document->bank().journalEntry(id);
    EXPECT_EQ(stored.title, QStringLiteral("Halved the build time"));
    EXPECT_EQ(stored.date, QDate(2025, 2, 1));
    EXPECT_EQ(stored.endDate, QDate(2025, 3, 31));
    EXPECT_EQ(stored.details, QStringLiteral("Profiled and cached the builds."));
    EXPECT_EQ(stored.metrics, QStringLiteral("40 min to 18 min"));
    EXPECT_EQ(stored.feedback, QStringLiteral("Best quarter for CI"));
    EXPECT_EQ(
        stored.tags, (QStringList {QStringLiteral("performance"), QStringLiteral("tooling")}));
    EXPECT_EQ(stored.impact, 3);
    EXPECT_EQ(stored.scope, 4);
    EXPECT_EQ(stored.involvement, 5);

    editor.periodCheck()->setChecked(false);
    ASSERT_TRUE(editor.commitPending());
    EXPECT_FALSE(document->bank().journalEntry(id)->endDate.isValid()) << "one day again";

    // Undo walks back through the bank and the editor shows it.
    while (document->undoStack().canUndo())
        document->undoStack().undo();
    EXPECT_EQ(document->bank().journalEntry(id)->title, QStringLiteral("Draft"));
    EXPECT_EQ(editor.titleEdit()->text(), QStringLiteral("Draft"));
}

TEST_F(JournalTest, ClearingTheTitleKeepsTheWrittenOneInsteadOfRefusingTheEdit)
{
    const JournalEntryId id = add(entry(QStringLiteral("Kept"), QDate(2025, 3, 3)));
    JournalEditor editor(*document);
    editor.setEntry(id);
    editor.titleEdit()->setFocus();
    editor.titleEdit()->selectAll();
    QTest::keyClick(editor.titleEdit(), Qt::Key_Backspace);
    EXPECT_TRUE(editor.commitPending());
    EXPECT_EQ(document->bank().journalEntry(id)->title, QStringLiteral("Kept"));
}

TEST_F(JournalTest, PromoteWritesADraftStoryOpensItAndUndoTakesItBack)
{
    JournalEntry made = entry(QStringLiteral("Rescued the launch"), QDate(2025, 3, 3), 4, 3, 5);
    made.details = QStringLiteral("The launch slipped twice; I rebuilt the plan.");
    made.metrics = QStringLiteral("Shipped 2 weeks early");
    made.feedback = QStringLiteral("“Saved the quarter” – VP");
    made.tags = {QStringLiteral("leadership")};
    const JournalEntryId id = add(made);
    MainWindow& main = openWindow();
    main.selectJournalEntry(id);
    JournalEditor* editor = main.journal()->editor();
    ASSERT_EQ(editor->entry(), id);
    EXPECT_EQ(editor->promoteButton()->text(), QStringLiteral("Promote to Story"));

    QTest::mouseClick(editor->promoteButton(), Qt::LeftButton);

    Bank& bank = document->bank();
    ASSERT_EQ(bank.stories().size(), 1);
    const Story story = bank.stories().first();
    EXPECT_EQ(story.title, QStringLiteral("Rescued the launch"));
    EXPECT_EQ(story.method, StoryMethod::Star);
    EXPECT_EQ(story.status, StoryStatus::Draft);
    EXPECT_EQ(story.situation, made.details);
    EXPECT_TRUE(story.result.contains(made.metrics));
    EXPECT_TRUE(story.result.contains(made.feedback));
    ASSERT_TRUE(bank.tagNamed(QStringLiteral("leadership")).has_value());
    EXPECT_EQ(bank.journalEntry(id)->story, story.id);
    EXPECT_EQ(main.section(), Section::Stories);
    EXPECT_EQ(main.editor()->story(), story.id) << "the new story is opened";
    StoryOriginLabel* origin = main.editor()->originLabel();
    EXPECT_TRUE(origin->isVisible());
    EXPECT_TRUE(origin->text().contains(QStringLiteral("Rescued the launch")));
    EXPECT_EQ(editor->promoteButton()->text(), QStringLiteral("Open Story"));

    emit origin->linkActivated(QStringLiteral("journal:1")); // the back-reference's link
    EXPECT_EQ(main.section(), Section::Journal);
    EXPECT_EQ(editor->entry(), id);

    document->undoStack().undo();
    EXPECT_TRUE(bank.stories().isEmpty());
    EXPECT_FALSE(bank.journalEntry(id)->story.isValid());
    EXPECT_FALSE(bank.tagNamed(QStringLiteral("leadership")).has_value()) << "made for it, gone";
    EXPECT_EQ(editor->promoteButton()->text(), QStringLiteral("Promote to Story"));

    document->undoStack().redo();
    ASSERT_EQ(bank.stories().size(), 1);
    EXPECT_EQ(bank.stories().first().id, story.id) << "later steps still find the story";
    EXPECT_EQ(bank.journalEntry(id)->story, story.id);
}

TEST_F(JournalTest, UndoingTheDeletionOfAPromotedStoryBringsBackItsBackReference)
{
    const JournalEntryId id =
        add(entry(QStringLiteral("Led the incident review"), QDate(2025, 1, 9)));
    const StoryId story = document->bank().promoteJournalEntry(id);
    ASSERT_TRUE(document->push(new RemoveStoryCommand(*document, story)));
    EXPECT_FALSE(document->bank().journalEntry(id)->story.isValid());
    document->undoStack().undo();
    EXPECT_EQ(document->bank().journalEntry(id)->story, story);
}

TEST_F(JournalTest, NewAndDeleteInTheListAreUndoableAndTheEntryComesBackWithItsId)
{
    MainWindow& main = openWindow();
    main.showSection(Section::Journal);
    JournalListPane* pane = main.journal()->pane();
    QTest::mouseClick(pane->newButton(), Qt::LeftButton);
    ASSERT_EQ(document->bank().journal().size(), 1);
    const JournalEntry made = document->bank().journal().first();
    EXPECT_EQ(made.date, QDate::currentDate());
    EXPECT_EQ(main.journal()->editor()->entry(), made.id);
    EXPECT_TRUE(main.journal()->editor()->titleEdit()->hasFocus())
        << "a new entry starts in its title";

    QTest::mouseClick(pane->deleteButton(), Qt::LeftButton);
    EXPECT_TRUE(document->bank().journal().isEmpty());
    document->undoStack().undo();
    ASSERT_EQ(document->bank().journal().size(), 1);
    EXPECT_EQ(document->bank().journal().first().id, made.id);
    document->undoStack().undo();
    EXPECT_TRUE(document->bank().journal().isEmpty());
    document->undoStack().redo();
    EXPECT_EQ(document->bank().journal().first().id, made.id);
}

TEST_F(JournalTest, StoryMaterialListsOnlyUnpromotedEntriesStrongestFirst)
{
    const JournalEntryId weak = add(entry(QStringLiteral("Weak"), QDate(2025, 5, 1), 1, 1, 1));
    const JournalEntryId strong = add(entry(QStringLiteral("Strong"), QDate(2024, 1, 1), 5, 5, 4));
    const JournalEntryId middle = add(entry(QStringLiteral("Middle"), QDate(2025, 1, 1), 3, 3, 3));
    const JournalEntryId promoted = add(entry(QStringLiteral("Done"), QDate(2025, 6, 1), 5, 5, 5));
    document->bank().promoteJournalEntry(promoted);

    JournalListModel model(document->bank());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto order = [&model] {
        QList<JournalEntryId> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.entryAt(model.index(row)));
        return ids;
    };
    EXPECT_EQ(order(), (QList<JournalEntryId> {promoted, weak, middle, strong})) << "newest first";
    EXPECT_TRUE(model.index(0).data().toString().contains(QStringLiteral("→ story")));
    EXPECT_TRUE(model.index(2).data().toString().contains(QStringLiteral("impact 3")));

    model.setOrder(JournalListModel::Order::Strongest);
    EXPECT_EQ(order(), (QList<JournalEntryId> {promoted, strong, middle, weak}));

    model.setOrder(JournalListModel::Order::StoryMaterial);
    EXPECT_EQ(order(), (QList<JournalEntryId> {strong, middle, weak}));

    // Rated up, an entry moves; promoted, it leaves the material.
    JournalEntry raised = *document->bank().journalEntry(weak);
    raised.impact = raised.scope = raised.involvement = 5;
    document->bank().updateJournalEntry(raised);
    EXPECT_EQ(order(), (QList<JournalEntryId> {weak, strong, middle}));
    document->bank().promoteJournalEntry(strong);
    EXPECT_EQ(order(), (QList<JournalEntryId> {weak, middle}));
}

TEST_F(JournalTest, TheStoryMaterialNodeShowsOnlyTheMaterialInTheWindow)
{
    add(entry(QStringLiteral("Weak"), QDate(2025, 5, 1), 1, 1, 1));
    const JournalEntryId strong = add(entry(QStringLiteral("Strong"), QDate(2024, 1, 1), 5, 5, 4));
    document->bank().promoteJournalEntry(add(entry(QStringLiteral("Done"), QDate(2025, 6, 1))));
    MainWindow& main = openWindow();
    main.navigator()->setCurrentIndex(main.navigatorModel()->storyMaterialIndex());
    EXPECT_EQ(main.section(), Section::Journal);
    JournalListPane* pane = main.journal()->pane();
    EXPECT_EQ(pane->model()->rowCount(), 2);
    EXPECT_EQ(main.journal()->editor()->entry(), strong) << "the strongest opens first";

    main.showSection(Section::Journal);
    EXPECT_EQ(pane->model()->rowCount(), 3) << "the section itself lists every entry";
}

TEST_F(JournalTest, NavigatorCountsTheStoryMaterialAsItChanges)
{
    add(entry(QStringLiteral("One"), QDate(2025, 1, 1)));
    const JournalEntryId two = add(entry(QStringLiteral("Two"), QDate(2025, 2, 1)));
    NavigatorModel model(*document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex material = model.storyMaterialIndex();
    ASSERT_EQ(model.nodeAt(material).kind, NavigatorModel::NodeKind::StoryMaterial);
    EXPECT_EQ(model.nodeAt(material).section, Section::Journal);
    EXPECT_EQ(material.data().toString(), QStringLiteral("Story material (2)"));
    EXPECT_EQ(
        model.sectionIndex(Section::Journal).data().toString(), QStringLiteral("Journal (2)"));

    add(entry(QStringLiteral("Three"), QDate(2025, 3, 1)));
    EXPECT_EQ(material.data().toString(), QStringLiteral("Story material (3)"));
    EXPECT_EQ(
        model.sectionIndex(Section::Journal).data().toString(), QStringLiteral("Journal (3)"));
    const StoryId story = document->bank().promoteJournalEntry(two);
    EXPECT_EQ(material.data().toString(), QStringLiteral("Story material (2)"));
    document->bank().removeStory(story);
    EXPECT_EQ(material.data().toString(), QStringLiteral("Story material (3)"))
        << "its story gone, the entry is material again";
}

} // namespace
} // namespace sb::test

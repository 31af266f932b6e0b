// The interview and journal editors with records an earlier version's import left without a
// company, title or date, and with a value the bank refuses.
#include "app/gui/BankDocument.h"
#include "app/gui/interview/InterviewEditor.h"
#include "app/gui/journal/JournalEditor.h"
#include "tests/gui/DocumentTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;

class OlderRecordsEditorTest : public DocumentTest {
protected:
    void SetUp() override { openDocument(false); }
};

TEST_F(OlderRecordsEditorTest, AnInterviewWithoutACompanyTakesEditsOfOtherFields)
{
    Interview older;
    older.id = InterviewId(3);
    document->bank().restoreInterview(older);
    InterviewEditor editor(*document);
    QSignalSpy failures(document.get(), &BankDocument::writeFailed);
    ASSERT_TRUE(editor.setInterview(older.id));

    editor.roleEdit()->setFocus();
    QTest::keyClicks(editor.roleEdit(), QStringLiteral("Engineer"));
    EXPECT_TRUE(editor.commitPending());

    const Interview stored = *document->bank().interview(older.id);
    EXPECT_EQ(stored.role, QStringLiteral("Engineer"));
    EXPECT_TRUE(stored.company.isEmpty()) << "nothing is made up that the user did not type";
    EXPECT_EQ(failures.count(), 0);
    EXPECT_FALSE(document->hasPendingEdits());
}

TEST_F(OlderRecordsEditorTest, AClearedCompanyKeepsTheSavedOneWithoutAnError)
{
    Interview made;
    made.company = QStringLiteral("Acme");
    const InterviewId id = document->bank().addInterview(made);
    InterviewEditor editor(*document);
    QSignalSpy failures(document.get(), &BankDocument::writeFailed);
    ASSERT_TRUE(editor.setInterview(id));

    editor.companyEdit()->selectAll();
    QTest::keyClick(editor.companyEdit(), Qt::Key_Delete);
    QTest::keyClicks(editor.levelEdit(), QStringLiteral("L5"));
    EXPECT_TRUE(editor.commitPending());

    EXPECT_EQ(document->bank().interview(id)->company, QStringLiteral("Acme"));
    EXPECT_EQ(document->bank().interview(id)->level, QStringLiteral("L5"));
    EXPECT_EQ(failures.count(), 0);
}

TEST_F(OlderRecordsEditorTest, AnUndatedEntryIsShownUndatedAndStaysSoWhenEdited)
{
    JournalEntry older;
    older.title = QStringLiteral("A win");
    const JournalEntryId id = document->bank().addJournalEntry(older);
    JournalEditor editor(*document);
    ASSERT_TRUE(editor.setEntry(id));

    EXPECT_FALSE(editor.datedCheck()->isChecked());
    EXPECT_EQ(editor.dateEdit()->text(), QStringLiteral("No date"));
    QTest::keyClicks(editor.detailsEdit(), QStringLiteral("It went well"));
    EXPECT_TRUE(editor.commitPending());
    EXPECT_EQ(document->bank().journalEntry(id)->details, QStringLiteral("It went well"));
    EXPECT_FALSE(document->bank().journalEntry(id)->date.isValid());

    editor.datedCheck()->click(); // the user sets a date
    EXPECT_TRUE(editor.commitPending());
    EXPECT_EQ(document->bank().journalEntry(id)->date, QDate::currentDate());
    editor.datedCheck()->click(); // and takes it away again
    EXPECT_TRUE(editor.commitPending());
    EXPECT_FALSE(document->bank().journalEntry(id)->date.isValid());
}

TEST_F(OlderRecordsEditorTest, AValueTheBankRefusesIsNotRetriedAndTheFieldsShowTheBanksValue)
{
    JournalEntry made;
    made.title = QStringLiteral("A win");
    made.date = QDate(2025, 3, 1);
    made.impact = 2;
    const JournalEntryId id = document->bank().addJournalEntry(made);
    JournalEditor editor(*document);
    QSignalSpy failures(document.get(), &BankDocument::writeFailed);
    ASSERT_TRUE(editor.setEntry(id));

    // A rating no version offers: the bank refuses it as an invalid value.
    QComboBox* impact = editor.ratingBox(0);
    impact->addItem(QStringLiteral("9"), 9);
    impact->setCurrentIndex(impact->count() - 1);
    QTest::keyClicks(editor.metricsEdit(), QStringLiteral("40%"));

    EXPECT_TRUE(editor.commitPending()) << "nothing is left waiting to be retried";
    EXPECT_FALSE(document->lastFailureMayPass());
    EXPECT_EQ(failures.count(), 1);
    EXPECT_FALSE(document->hasPendingEdits());
    EXPECT_EQ(document->bank().journalEntry(id)->impact, 2);
    EXPECT_EQ(impact->currentData().toInt(), 2);
    EXPECT_TRUE(editor.metricsEdit()->toPlainText().isEmpty());
    // Nothing more is offered: a second commit writes nothing and reports nothing.
    EXPECT_TRUE(editor.commitPending());
    EXPECT_EQ(failures.count(), 1);
}

} // namespace
} // namespace sb::test

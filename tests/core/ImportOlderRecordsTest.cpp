// Interviews and journal entries as earlier versions exported them (without a company or a
// title), and importing one file twice.
#include "core/BankError.h"
#include "core/exchange/ImportError.h"
#include "core/exchange/JsonImporter.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

const QString kSource = QStringLiteral("older.json");

class ImportOlderRecordsTest : public TempBankTest {
protected:
    ImportSummary importJson(const QByteArray& bytes)
    {
        return bank().importDocuments({JsonImporter::parse(bytes, kSource)});
    }

    static bool anyWarningSays(const ImportSummary& summary, const QString& text)
    {
        for (const ImportWarning& warning : summary.warnings) {
            if (warning.message.contains(text))
                return true;
        }
        return false;
    }
};

const QByteArray kOlderFile = R"({"format": "storybank", "version": 1,
    "interviews": [{"id": 1, "company": "", "role": "Staff Engineer"}],
    "journal": [{"id": 1, "date": "2025-03-01", "title": "", "details": "\n  Shipped   v2\nlater"},
                {"id": 2, "date": "2025-03-02", "title": " "}]})";

TEST_F(ImportOlderRecordsTest, RecordsWithoutCompanyOrTitleAreImportedWithPlaceholdersAndWarnings)
{
    const ImportSummary summary = importJson(kOlderFile);

    EXPECT_EQ(summary.interviewsAdded, 1);
    EXPECT_EQ(summary.journalAdded, 2);
    ASSERT_EQ(bank().interviews().size(), 1);
    EXPECT_EQ(bank().interviews().at(0).company, QStringLiteral("Unnamed company"));
    EXPECT_EQ(bank().interviews().at(0).role, QStringLiteral("Staff Engineer"));
    QStringList titles;
    for (const JournalEntry& entry : bank().journal())
        titles.append(entry.title);
    titles.sort();
    EXPECT_EQ(
        titles, (QStringList {QStringLiteral("Shipped v2"), QStringLiteral("Untitled entry")}));
    EXPECT_EQ(summary.warnings.size(), 3);
    EXPECT_TRUE(anyWarningSays(summary, QStringLiteral("“Unnamed company”")));
    EXPECT_TRUE(anyWarningSays(summary, QStringLiteral("“Shipped v2”")));
    EXPECT_TRUE(anyWarningSays(summary, QStringLiteral("“Untitled entry”")));
}

TEST_F(ImportOlderRecordsTest, TheOlderFileImportedAgainAddsNothingAndWarnsOfNothing)
{
    importJson(kOlderFile);
    const ImportSummary again = importJson(kOlderFile);
    EXPECT_EQ(again.interviewsAdded + again.journalAdded, 0);
    EXPECT_TRUE(again.warnings.isEmpty()) << again.warnings.first().message.toStdString();
    EXPECT_EQ(bank().interviews().size(), 1);
    EXPECT_EQ(bank().journal().size(), 2);
}

TEST_F(ImportOlderRecordsTest, APeriodEndingBeforeItStartsStillRefusesTheFile)
{
    const QByteArray file = R"({"format": "storybank", "version": 1,
        "journal": [{"date": "2025-03-01", "end_date": "2025-02-01", "title": "Backwards"}]})";
    EXPECT_THROW(importJson(file), ImportError);
    EXPECT_TRUE(bank().journal().isEmpty());
}

TEST_F(ImportOlderRecordsTest, ALeftOutWarningIsGivenOnlyForInterviewsAdded)
{
    ImportDocument document;
    document.source = kSource;
    ImportedQuestion blank; // a question without text is left out
    blank.question.id = QuestionId(1);
    document.questions = {blank};
    Interview interview;
    interview.company = QStringLiteral("Acme");
    interview.questions = {QuestionId(1)};
    document.interviews = {interview};

    const ImportSummary first = bank().importDocuments({document});
    const ImportSummary again = bank().importDocuments({document});

    EXPECT_TRUE(anyWarningSays(first, QStringLiteral("Acme")));
    EXPECT_EQ(again.interviewsAdded, 0);
    EXPECT_FALSE(anyWarningSays(again, QStringLiteral("Acme")));
    EXPECT_EQ(bank().interviews().size(), 1);
}

TEST_F(ImportOlderRecordsTest, AnInterviewStoredWithoutACompanyCanStillBeEdited)
{
    Interview older;
    older.id = InterviewId(7);
    older.role = QStringLiteral("Engineer");
    bank().restoreInterview(older); // as an earlier version's import left it

    Interview edited = *bank().interview(older.id);
    edited.role = QStringLiteral("Staff Engineer");
    bank().updateInterview(edited);
    EXPECT_EQ(bank().interview(older.id)->role, QStringLiteral("Staff Engineer"));

    edited.company = QStringLiteral("Acme");
    bank().updateInterview(edited);
    Interview emptied = *bank().interview(older.id);
    emptied.company.clear();
    try {
        bank().updateInterview(emptied);
        FAIL() << "a company that is there cannot be emptied";
    } catch (const BankError& error) {
        EXPECT_EQ(error.code(), BankError::Code::InvalidValue);
    }
    EXPECT_EQ(bank().interview(older.id)->company, QStringLiteral("Acme"));
}

TEST_F(ImportOlderRecordsTest, AJournalEntryStoredWithoutATitleCanStillBeEdited)
{
    JournalEntry older;
    older.id = JournalEntryId(5);
    bank().restoreJournalEntry(older);
    JournalEntry edited = *bank().journalEntry(older.id);
    edited.details = QStringLiteral("What happened");
    bank().updateJournalEntry(edited);
    EXPECT_EQ(bank().journalEntry(older.id)->details, QStringLiteral("What happened"));
    EXPECT_THROW(bank().addJournalEntry(JournalEntry {}), BankError);
}

} // namespace
} // namespace sb::test

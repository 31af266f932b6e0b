#include "core/BankError.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonImporter.h"
#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

using BankPracticeTest = TempBankTest;

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(9, 0));
}

QuestionId addQuestion(Bank& bank)
{
    Question question;
    question.text = QStringLiteral("Tell me about a time you failed.");
    return bank.addQuestion(question);
}

// A story is practised on its own (recalled from its title) and through a question it answers;
// each has its own schedule, and the latest practice of each is the one that counts.
TEST_F(BankPracticeTest, EachItemIsScheduledFromItsOwnLatestPractice)
{
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId question = addQuestion(bank());
    const PracticeItem storyItem {story, QuestionId()};
    const PracticeItem questionItem {StoryId(), question};
    EXPECT_FALSE(bank().lastPractice(storyItem).has_value());

    bank().logPractice(storyItem, Recall::Good, 90, at(1, 1));
    bank().logPractice(questionItem, Recall::Again, 60, at(1, 1));
    const PracticeRecord second = bank().logPractice(storyItem, Recall::Good, 80, at(1, 2));
    EXPECT_EQ(second.repetitions, 2);
    EXPECT_EQ(second.intervalDays, 6); // SM-2's second repetition
    EXPECT_EQ(second.nextDue, QDate(2026, 1, 8));

    EXPECT_EQ(bank().lastPractice(storyItem), second);
    const std::optional<PracticeRecord> ofQuestion = bank().lastPractice(questionItem);
    ASSERT_TRUE(ofQuestion.has_value());
    EXPECT_EQ(ofQuestion->rating, int(Recall::Again));
    EXPECT_EQ(ofQuestion->nextDue, QDate(2026, 1, 2));
}

TEST_F(BankPracticeTest, PracticeOfSomethingMissingIsRefusedAndWritesNothing)
{
    EXPECT_THROW(
        bank().logPractice({StoryId(42), QuestionId()}, Recall::Good, 10, at(1, 1)), BankError);
    EXPECT_THROW(
        bank().logPractice({StoryId(), QuestionId(7)}, Recall::Good, 10, at(1, 1)), BankError);
    EXPECT_TRUE(bank().practiceRecords().isEmpty());
}

// What practice made survives a JSON export and import: the schedule goes on where it was.
TEST_F(BankPracticeTest, ScheduledPracticeSurvivesJsonExportAndImport)
{
    const StoryId story = bank().addStory(sampleStory());
    const QuestionId question = addQuestion(bank());
    bank().logPractice({story, QuestionId()}, Recall::Good, 95, at(3, 1));
    bank().logPractice({story, QuestionId()}, Recall::Hard, 120, at(3, 2));
    bank().logPractice({StoryId(), question}, Recall::Easy, 45, at(3, 3));

    const std::unique_ptr<Bank> other =
        Bank::create(pathFor(QStringLiteral("other.storybank")), Bank::CreateOptions {false});
    other->importDocuments(
        {JsonImporter::parse(JsonExporter::write(bank()), QStringLiteral("bank.json"))});

    const QList<PracticeRecord> before = bank().practiceRecords();
    const QList<PracticeRecord> after = other->practiceRecords();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i].practised, before[i].practised);
        EXPECT_EQ(after[i].durationSeconds, before[i].durationSeconds);
        EXPECT_EQ(after[i].rating, before[i].rating);
        EXPECT_EQ(after[i].nextDue, before[i].nextDue);
        EXPECT_EQ(after[i].intervalDays, before[i].intervalDays);
        EXPECT_DOUBLE_EQ(after[i].ease, before[i].ease);
        EXPECT_EQ(after[i].repetitions, before[i].repetitions);
        EXPECT_EQ(after[i].question.isValid(), before[i].question.isValid());
    }
    const QDate later(2026, 12, 31);
    EXPECT_EQ(other->duePractice(later).size(), 2);
    // The imported schedule goes on: the story's third repetition follows its second.
    const StoryId imported = other->stories().first().id;
    const PracticeRecord third =
        other->logPractice({imported, QuestionId()}, Recall::Good, 70, at(4, 1));
    EXPECT_EQ(third.repetitions, 3);
    EXPECT_EQ(third.intervalDays, 14); // 6 days times the ease the hard answer left, 2.36
}

} // namespace
} // namespace sb::test

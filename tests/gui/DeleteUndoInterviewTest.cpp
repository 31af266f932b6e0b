// Undoing the deletion of a story or question gives interviews back their plans, tellings and
// value mappings; a promotion's undo and redo with tags differing only in case; and every
// journal entry's back-reference restored.

#include "app/gui/interview/InterviewEditor.h"
#include "app/gui/interview/InterviewListModel.h"
#include "app/gui/journal/JournalCommands.h"
#include "app/gui/undo/QuestionCommands.h"
#include "app/gui/undo/RemoveStoryCommand.h"
#include "tests/gui/DocumentTest.h"

#include <QSignalSpy>

namespace sb::test {
namespace {

using namespace sb::gui;

class DeleteUndoInterviewTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Question question;
        question.text = QStringLiteral("Tell me about a conflict.");
        conflict = bank().addQuestion(question);
        question.text = QStringLiteral("Why this company?");
        why = bank().addQuestion(question);
        Story story;
        story.title = QStringLiteral("Launch rescue");
        rescue = bank().addStory(story);
        story.title = QStringLiteral("Mentored a new hire");
        mentor = bank().addStory(story);

        Interview interview;
        interview.company = QStringLiteral("Acme");
        interview.questions = {conflict, why};
        interview.plan = {{conflict, rescue}, {conflict, mentor}, {why, mentor}};
        interview.told = {{rescue, conflict, QStringLiteral("Screen"), QStringLiteral("Ada")}};
        interview.values = {{QStringLiteral("Ownership"), QString(), {rescue, mentor}}};
        acme = bank().addInterview(interview);
        before = *bank().interview(acme);
    }

    Bank& bank() { return document->bank(); }
    // The interview as stored, its write time aside (a put-back is a new write).
    Interview stored()
    {
        Interview now = bank().interview(acme).value_or(Interview {});
        now.updated = before.updated;
        return now;
    }

    QuestionId conflict, why;
    StoryId rescue, mentor;
    InterviewId acme;
    Interview before;
};

TEST_F(DeleteUndoInterviewTest, UndoingAStoryDeletionGivesBackItsPlanTellingAndValue)
{
    InterviewEditor editor(*document);
    ASSERT_TRUE(editor.setInterview(acme));

    ASSERT_TRUE(document->push(new RemoveStoryCommand(*document, rescue)));
    const Interview after = *bank().interview(acme);
    EXPECT_EQ(after.plan.size(), 2);
    EXPECT_TRUE(after.told.isEmpty());
    EXPECT_EQ(after.values.first().stories, QList<StoryId> {mentor});

    document->undoStack().undo();
    EXPECT_EQ(stored(), before);
    Interview shown = editor.current();
    shown.updated = before.updated;
    EXPECT_EQ(shown, before) << "the open editor shows the interview as it was";

    document->undoStack().redo();
    EXPECT_TRUE(bank().interview(acme)->told.isEmpty());
}

TEST_F(DeleteUndoInterviewTest, UndoingAQuestionDeletionGivesBackItsPlaceAndPlans)
{
    ASSERT_TRUE(document->push(new RemoveQuestionCommand(*document, conflict)));
    EXPECT_FALSE(bank().interview(acme)->questions.contains(conflict));

    QSignalSpy changes(&bank(), &Bank::changed);
    document->undoStack().undo();
    EXPECT_EQ(stored(), before);
    const bool announced = std::any_of(changes.cbegin(), changes.cend(), [&](const auto& args) {
        const auto change = args.at(0).template value<BankChange>();
        return change.entity == BankChange::Entity::Interview
            && change.kind == BankChange::Kind::Updated && change.id == acme.value;
    });
    EXPECT_TRUE(announced) << "views re-read the interview";
}

TEST_F(DeleteUndoInterviewTest, EveryJournalEntryPointingAtADeletedStoryGetsItBack)
{
    JournalEntry entry;
    entry.title = QStringLiteral("Led the launch rescue");
    entry.date = QDate(2025, 2, 3);
    const JournalEntryId first = bank().addJournalEntry(entry);
    const StoryId story = bank().promoteJournalEntry(first);
    entry.title = QStringLiteral("Wrote the rescue post-mortem");
    entry.story = story; // two entries on one story, as an import can bring
    const JournalEntryId second = bank().addJournalEntry(entry);

    ASSERT_TRUE(document->push(new RemoveStoryCommand(*document, story)));
    EXPECT_FALSE(bank().journalEntry(second)->story.isValid());
    document->undoStack().undo();
    EXPECT_EQ(bank().journalEntry(first)->story, story);
    EXPECT_EQ(bank().journalEntry(second)->story, story);
}

TEST_F(DeleteUndoInterviewTest, PromotionWithTagsDifferingInCaseUndoesAndRedoes)
{
    JournalEntry entry;
    entry.title = QStringLiteral("Rewrote the parser");
    entry.date = QDate(2025, 2, 3);
    entry.tags = {QStringLiteral("Rust"), QStringLiteral("rust")};
    const JournalEntryId id = bank().addJournalEntry(entry);

    auto* promote = new PromoteJournalEntryCommand(*document, id);
    ASSERT_TRUE(document->push(promote));
    const StoryId story = promote->story();
    ASSERT_EQ(bank().tags().size(), 1);
    const TagId rust = bank().tags().first().id;

    document->undoStack().undo();
    EXPECT_TRUE(bank().tags().isEmpty());
    EXPECT_FALSE(bank().story(story).has_value());
    EXPECT_EQ(document->undoStack().count(), 1) << "the undo did not fail";

    document->undoStack().redo();
    ASSERT_TRUE(bank().story(story).has_value());
    EXPECT_EQ(bank().story(story)->tags, QList<TagId> {rust});
    EXPECT_EQ(bank().journalEntry(id)->story, story);
    document->undoStack().undo();
    EXPECT_TRUE(bank().tags().isEmpty());
}

TEST_F(DeleteUndoInterviewTest, ANewClockResetsTheInterviewList)
{
    InterviewListModel model(bank());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.setClock([] { return QDate(2030, 1, 1); });
    EXPECT_EQ(resets.size(), 1);
    EXPECT_TRUE(layouts.isEmpty());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.interviewAt(model.index(0, 0)), acme);
}

} // namespace
} // namespace sb::test

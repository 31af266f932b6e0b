#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/SchemaMigrator.h"
#include "core/analysis/StoryCoach.h"
#include "core/db/Database.h"
#include "tests/support/TempBank.h"

#include <QFileInfo>
#include <QSignalSpy>

namespace sb::test {
namespace {

using CoachDismissalTest = TempBankTest;

const QString kUnlinked = QStringLiteral("unlinked");
const QString kTooShort = QStringLiteral("too-short");

TEST_F(CoachDismissalTest, ADismissedRuleStaysDismissedAfterReopening)
{
    const StoryId story = bank().addStory(sampleStory());
    const StoryId other = bank().addStory(sampleStory(QStringLiteral("Other")));
    bank().dismissCoachRule(story, kUnlinked);
    bank().dismissCoachRule(story, kTooShort);
    closeBank();

    const auto reopened = Bank::open(bankPath());
    EXPECT_EQ(reopened->dismissedCoachRules(story), (QSet<QString> {kUnlinked, kTooShort}));
    EXPECT_TRUE(reopened->dismissedCoachRules(other).isEmpty());
}

TEST_F(CoachDismissalTest, ABankFromBeforeTheCoachIsUpgradedAndCanKeepDismissals)
{
    {
        Database db(bankPath(), Database::OpenMode::Create);
        SchemaMigrator({SchemaMigrator::builtInMigrations().first()}).migrate(db);
        ASSERT_EQ(SchemaMigrator::currentVersion(db), 1);
    }
    const auto upgraded = Bank::open(bankPath());
    EXPECT_EQ(upgraded->stats().schemaVersion, Bank::latestSchemaVersion());
    EXPECT_TRUE(QFileInfo::exists(bankconnection::backupPathFor(bankPath(), 1)));
    const StoryId story = upgraded->addStory(sampleStory());
    upgraded->dismissCoachRule(story, kUnlinked);
    EXPECT_EQ(upgraded->dismissedCoachRules(story), QSet<QString> {kUnlinked});
    EXPECT_TRUE(upgraded->problems().isEmpty());
}

TEST_F(CoachDismissalTest, RestoringARuleBringsItsFindingsBack)
{
    const StoryId story = bank().addStory(sampleStory());
    bank().dismissCoachRule(story, kUnlinked);
    bank().dismissCoachRule(story, kUnlinked); // twice is the same as once
    bank().restoreCoachRule(story, kUnlinked);
    EXPECT_TRUE(bank().dismissedCoachRules(story).isEmpty());
}

TEST_F(CoachDismissalTest, DismissingAndRestoringAnnounceTheStoryUpdated)
{
    const StoryId story = bank().addStory(sampleStory());
    QSignalSpy spy(&bank(), &Bank::changed);
    bank().dismissCoachRule(story, kUnlinked);
    bank().restoreCoachRule(story, kUnlinked);
    ASSERT_EQ(spy.count(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto change = spy.at(i).at(0).value<BankChange>();
        EXPECT_EQ(change.entity, BankChange::Entity::Story);
        EXPECT_EQ(change.kind, BankChange::Kind::Updated);
        EXPECT_EQ(change.id, story.value);
    }
}

TEST_F(CoachDismissalTest, DismissingForAMissingStoryFailsAndAnnouncesNothing)
{
    QSignalSpy spy(&bank(), &Bank::changed);
    EXPECT_THROW(bank().dismissCoachRule(StoryId(42), kUnlinked), BankError);
    EXPECT_THROW(bank().restoreCoachRule(StoryId(42), kUnlinked), BankError);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(CoachDismissalTest, DismissalsGoWithTheirStory)
{
    const StoryId story = bank().addStory(sampleStory());
    bank().dismissCoachRule(story, kUnlinked);
    Story removed = *bank().story(story);
    bank().removeStory(story);
    bank().restoreStory(removed, {});
    EXPECT_TRUE(bank().dismissedCoachRules(story).isEmpty());
    EXPECT_TRUE(bank().problems().isEmpty());
}

TEST_F(CoachDismissalTest, TheBanksContextSaysLinkedByCategoryOrQuestionAndCarriesDismissals)
{
    const StoryId loose = bank().addStory(sampleStory(QStringLiteral("Loose")));
    Story filed = sampleStory(QStringLiteral("Filed"));
    Category category;
    category.name = QStringLiteral("Conflict");
    filed.categories = {bank().addCategory(category)};
    const StoryId filedId = bank().addStory(filed);
    const StoryId answering = bank().addStory(sampleStory(QStringLiteral("Answering")));
    Question question;
    question.text = QStringLiteral("Tell me about a failure.");
    bank().link({answering, bank().addQuestion(question), LinkFit::Strong, {}});
    bank().dismissCoachRule(loose, kTooShort);

    const CoachContext looseContext = StoryCoach::contextFor(bank(), *bank().story(loose));
    EXPECT_FALSE(looseContext.isLinked);
    EXPECT_EQ(looseContext.dismissed, QSet<QString> {kTooShort});
    EXPECT_TRUE(StoryCoach::contextFor(bank(), *bank().story(filedId)).isLinked);
    EXPECT_TRUE(StoryCoach::contextFor(bank(), *bank().story(answering)).isLinked);

    // The loose ready story is unlinked; with its dismissal, too-short is not reported.
    QStringList rules;
    for (const CoachFinding& finding : StoryCoach().review(*bank().story(loose), looseContext))
        rules.append(finding.rule);
    EXPECT_TRUE(rules.contains(kUnlinked));
    EXPECT_FALSE(rules.contains(kTooShort));
}

} // namespace
} // namespace sb::test

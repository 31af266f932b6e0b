#include "app/gui/StoryListModel.h"
#include "tests/support/TempBank.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace sb::test {
namespace {

using gui::StoryListModel;

class StoryListModelTest : public TempBankTest {
protected:
    void SetUp() override
    {
        model = std::make_unique<StoryListModel>(bank());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row).data().toString());
        return result;
    }

    std::unique_ptr<StoryListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(StoryListModelTest, ListsEveryStoryWithAFallbackForUntitledOnes)
{
    bank().addStory(sampleStory(QStringLiteral("First")));
    bank().addStory(Story {});
    EXPECT_EQ(titles(), (QStringList {QStringLiteral("First"), QStringLiteral("Untitled story")}));
}

TEST_F(StoryListModelTest, FollowsAddsEditsAndRemovalsRowByRowWithoutAReset)
{
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
    const StoryId id = bank().addStory(sampleStory(QStringLiteral("Draft title")));
    Story story = *bank().story(id);
    story.title = QStringLiteral("Final title");
    bank().updateStory(story);
    EXPECT_EQ(titles(), QStringList {QStringLiteral("Final title")});
    bank().removeStory(id);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(inserts.count(), 1);
    EXPECT_EQ(changes.count(), 1);
}

TEST_F(StoryListModelTest, SearchTextNarrowsTheListBestMatchFirst)
{
    bank().addStory(sampleStory(QStringLiteral("Hiring loop redesign")));
    const StoryId launch = bank().addStory(sampleStory(QStringLiteral("Launch rescue")));
    model->setSearchText(QStringLiteral("launc"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->storyAt(model->index(0)), launch);
    model->setSearchText(QString());
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(StoryListModelTest, StatusFilterShowsOnlyThatStatus)
{
    Story idea = sampleStory(QStringLiteral("An idea"));
    idea.status = StoryStatus::Idea;
    bank().addStory(idea);
    bank().addStory(sampleStory(QStringLiteral("A ready one")));
    model->setFilter({StoryStatus::Idea, std::nullopt, CategoryId(), TagId()});
    EXPECT_EQ(titles(), QStringList {QStringLiteral("An idea")});
    // A new story of another status does not appear under this filter.
    bank().addStory(sampleStory(QStringLiteral("Another ready one")));
    EXPECT_EQ(model->rowCount(), 1);
}

TEST_F(StoryListModelTest, RolesCarryIdStatusAndSummary)
{
    const StoryId id = bank().addStory(sampleStory());
    const QModelIndex index = model->index(0);
    EXPECT_EQ(index.data(StoryListModel::StoryIdRole).toLongLong(), id.value);
    EXPECT_EQ(index.data(StoryListModel::StatusRole).toString(), QStringLiteral("ready"));
    EXPECT_EQ(index.data(StoryListModel::SummaryRole).toString(), sampleStory().summary);
}

} // namespace
} // namespace sb::test

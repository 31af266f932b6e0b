#include "app/gui/StoryListModel.h"
#include "tests/support/TempBank.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
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

// A bank of five stories read two at a time, without a model tester (which would fetch).
class StoryListPagingTest : public TempBankTest {
protected:
    void SetUp() override
    {
        for (const char* title : {"One", "Two", "Three", "Four", "Five"})
            ids.append(bank().addStory(sampleStory(QString::fromUtf8(title))));
        paged = std::make_unique<StoryListModel>(bank(), nullptr, 2);
    }

    QList<StoryId> ids;
    std::unique_ptr<StoryListModel> paged;
};

TEST_F(StoryListPagingTest, ShowsTheFirstPageThenTheRestInOneInsertion)
{
    ASSERT_EQ(paged->rowCount(), 2);
    EXPECT_TRUE(paged->canFetchMore({}));
    // Changes to unread stories wait for the read; those to read ones show at once.
    Story edited = *bank().story(ids[4]);
    edited.title = QStringLiteral("Five, edited");
    bank().updateStory(edited);
    bank().removeStory(ids[3]);
    bank().removeStory(ids[0]);
    EXPECT_EQ(paged->rowCount(), 1);
    QSignalSpy inserted(paged.get(), &QAbstractItemModel::rowsInserted);
    paged->fetchMore({});
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_FALSE(paged->canFetchMore({}));
    QStringList titles;
    for (int row = 0; row < paged->rowCount(); ++row)
        titles.append(paged->index(row).data().toString());
    EXPECT_EQ(titles,
        (QStringList {
            QStringLiteral("Two"), QStringLiteral("Three"), QStringLiteral("Five, edited")}));
}

TEST_F(StoryListPagingTest, FindingOrNarrowingReadsEveryStoryFirst)
{
    EXPECT_EQ(paged->indexOf(ids[4]).row(), 4);
    EXPECT_FALSE(paged->canFetchMore({}));

    StoryListModel narrowed(bank(), nullptr, 2);
    narrowed.setSearchText(QStringLiteral("Four"));
    ASSERT_EQ(narrowed.rowCount(), 1);
    EXPECT_EQ(narrowed.storyAt(narrowed.index(0)), ids[3]);
    narrowed.setSearchText(QString());
    EXPECT_EQ(narrowed.rowCount(), 5);
}

TEST_F(StoryListPagingTest, ANewStoryIsFoundWhenAskedFor)
{
    const StoryId added = bank().addStory(sampleStory(QStringLiteral("Six")));
    EXPECT_EQ(paged->rowCount(), 2) << "read with the rest, not before";
    const QModelIndex at = paged->indexOf(added);
    ASSERT_TRUE(at.isValid());
    EXPECT_EQ(at.row(), 5);
    EXPECT_EQ(paged->rowCount(), 6) << "read once, not twice";
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

TEST_F(StoryListModelTest, SearchTextNarrowsTheList)
{
    bank().addStory(sampleStory(QStringLiteral("Hiring loop redesign")));
    const StoryId launch = bank().addStory(sampleStory(QStringLiteral("Launch rescue")));
    model->setSearchText(QStringLiteral("launc"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->storyAt(model->index(0)), launch);
    model->setSearchText(QString());
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(StoryListModelTest, SearchShowsStoriesWithTheWordsInTheirHeadlineFirst)
{
    Story inBody = sampleStory(QStringLiteral("Quarter close"));
    inBody.action = QStringLiteral("I rebuilt the budget model");
    bank().addStory(inBody);
    Story inHook = sampleStory(QStringLiteral("Cloud costs"));
    inHook.summary = QStringLiteral("Cut the budget by a third");
    bank().addStory(inHook);
    model->setSearchText(QStringLiteral("budget"));
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0).data().toString(), QStringLiteral("Cloud costs"));
    EXPECT_EQ(model->index(1).data().toString(), QStringLiteral("Quarter close"));
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

TEST_F(StoryListModelTest, MethodCategoryAndTagFiltersNarrowTogether)
{
    Category made;
    made.name = QStringLiteral("Conflict");
    const CategoryId conflict = bank().addCategory(made);
    const TagId python = bank().ensureTag(QStringLiteral("python"));
    Story both = sampleStory(QStringLiteral("Both"));
    both.categories = {conflict};
    both.tags = {python};
    bank().addStory(both);
    Story carl = sampleStory(QStringLiteral("CARL in conflict"));
    carl.method = StoryMethod::Carl;
    carl.categories = {conflict};
    bank().addStory(carl);
    bank().addStory(sampleStory(QStringLiteral("Neither")));

    model->setFilter({std::nullopt, std::nullopt, conflict, TagId()});
    EXPECT_EQ(titles(), (QStringList {QStringLiteral("Both"), QStringLiteral("CARL in conflict")}));
    model->setFilter({std::nullopt, std::nullopt, conflict, python});
    EXPECT_EQ(titles(), QStringList {QStringLiteral("Both")});
    model->setFilter({std::nullopt, StoryMethod::Carl, CategoryId(), TagId()});
    EXPECT_EQ(titles(), QStringList {QStringLiteral("CARL in conflict")});
}

TEST_F(StoryListModelTest, DragCarriesTheStoryAndItsTitle)
{
    const StoryId id = bank().addStory(sampleStory(QStringLiteral("Dragged")));
    EXPECT_TRUE(model->flags(model->index(0)).testFlag(Qt::ItemIsDragEnabled));
    const std::unique_ptr<QMimeData> data(model->mimeData({model->index(0)}));
    ASSERT_TRUE(data);
    EXPECT_EQ(StoryListModel::storyIn(data.get()), id);
    EXPECT_EQ(data->text(), QStringLiteral("Dragged"));
    QMimeData other;
    other.setText(QStringLiteral("12"));
    EXPECT_FALSE(StoryListModel::storyIn(&other).isValid());
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
